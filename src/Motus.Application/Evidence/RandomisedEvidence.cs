using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>One efficacy result of a randomised comparison in the library, shown beside the single-arm claims.</summary>
/// <param name="StudyId">The trial's id.</param>
/// <param name="StudyLabel">The trial's label.</param>
/// <param name="CellType">Its cell-type code, or null.</param>
/// <param name="Route">Its route code, or null.</param>
/// <param name="Text">The result in one line (groups, estimate, interval, p as printed, time point).</param>
/// <param name="Result">The stored record.</param>
public sealed record RandomisedEvidence(string StudyId, string StudyLabel, string? CellType, string? Route, string Text, EfficacyResult Result);
