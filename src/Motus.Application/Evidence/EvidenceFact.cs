using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>One field of a study as text, with its status and the source description (for the study page and exports).</summary>
/// <param name="Field">Field name as in the data files (camelCase).</param>
/// <param name="Value">The value as text; empty when missing.</param>
/// <param name="Status">Verified, unverified or missing.</param>
/// <param name="Source">Where it comes from (the resolved source description).</param>
/// <param name="Note">Why unverified or missing, or a caveat; null when none.</param>
public sealed record EvidenceFact(string Field, string Value, EvidenceStatus Status, string Source, string? Note);
