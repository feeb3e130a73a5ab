using Motus.Analysis.Evidence;
using Motus.Statistics.Exact;

namespace Motus.Application.Evidence;

/// <summary>A single-arm claim the claim check could judge, beside its null under each stated schedule.</summary>
/// <param name="Claim">The claim as stored (text, status, source, windows as worded).</param>
/// <param name="StudyId">The study's id.</param>
/// <param name="StudyLabel">The study's label (author or journal, year).</param>
/// <param name="CellType">The study's cell-type code, or null when missing.</param>
/// <param name="Route">The study's route code, or null when missing.</param>
/// <param name="Observed">responders/n with its exact (Clopper–Pearson) 95% interval.</param>
/// <param name="Assumed">What was taken as a default because the data does not give it, one sentence each.</param>
/// <param name="Scenarios">The claim check under each schedule.</param>
public sealed record CheckedClaim(
    ResponderClaim Claim,
    string StudyId,
    string StudyLabel,
    string? CellType,
    string? Route,
    ProportionInterval Observed,
    IReadOnlyList<string> Assumed,
    IReadOnlyList<ClaimScenarioResult> Scenarios);
