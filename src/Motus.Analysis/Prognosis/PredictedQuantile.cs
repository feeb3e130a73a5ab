namespace Motus.Analysis.Prognosis;

/// <summary>The time at which predicted event-free survival falls to a level.</summary>
/// <param name="SurvivalLevel">The level q (0.5 = median).</param>
/// <param name="MonthsSinceOnset">The time t with S(t) = q, months since onset; null when outside the model's range.</param>
/// <param name="NotEstimableReason">Why the time is null; null otherwise.</param>
public sealed record PredictedQuantile(double SurvivalLevel, double? MonthsSinceOnset, string? NotEstimableReason);
