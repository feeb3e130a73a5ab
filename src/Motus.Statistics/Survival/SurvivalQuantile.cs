namespace Motus.Statistics.Survival;

/// <summary>
/// A quantile of the event-time distribution read off a survival curve, with its confidence interval.
/// R: <c>quantile(survfit(…), probs)</c>. Null means the curve (or its confidence limit) never reaches the level,
/// which R prints as NA.
/// </summary>
/// <param name="Probability">The quantile p: the time by which a fraction p has had the event (S(t) = 1 − p); 0.5 is the median.</param>
/// <param name="Estimate">The quantile, or null when S never falls to 1 − p.</param>
/// <param name="Lower">Lower confidence limit (read from the lower survival limit), or null.</param>
/// <param name="Upper">Upper confidence limit (read from the upper survival limit), or null when not reached.</param>
public sealed record SurvivalQuantile(double Probability, double? Estimate, double? Lower, double? Upper);
