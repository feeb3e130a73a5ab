namespace Motus.Analysis.Cohort;

/// <summary>One step of a Kaplan–Meier curve (R: a row of <c>summary(survfit(…), censored = TRUE)</c>).</summary>
/// <param name="Months">Time from the origin, months of 30.4375 days.</param>
/// <param name="AtRisk">Patients at risk just before this time.</param>
/// <param name="Events">Events at this time.</param>
/// <param name="Censored">Patients censored at this time.</param>
/// <param name="Survival">S(t), holding from this time to the next.</param>
/// <param name="StdErr">Greenwood standard error of S(t); null once S = 0.</param>
/// <param name="Lower">Lower confidence limit; null where undefined (S = 0).</param>
/// <param name="Upper">Upper confidence limit; null where undefined.</param>
public sealed record SurvivalPoint(double Months, int AtRisk, int Events, int Censored, double Survival, double? StdErr, double? Lower, double? Upper);
