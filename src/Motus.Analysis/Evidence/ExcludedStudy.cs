namespace Motus.Analysis.Evidence;

/// <summary>A study that reports the outcome but could not be pooled, and why.</summary>
/// <param name="StudyId">Study id.</param>
/// <param name="Reason">Why it was left out (no denominator, not randomised, no interval…).</param>
public sealed record ExcludedStudy(string StudyId, string Reason);
