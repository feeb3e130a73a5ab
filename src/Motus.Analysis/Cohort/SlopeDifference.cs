namespace Motus.Analysis.Cohort;

/// <summary>
/// The slope difference of one arm against the control arm (the <c>months:arm[X]</c> coefficient) and the percent
/// slowing 100·(1 − slope_X / slope_control) = −100·difference / slope_control.
/// </summary>
/// <param name="ArmCode">The compared arm.</param>
/// <param name="Difference">slope_X − slope_control, points/month (positive = slower decline).</param>
/// <param name="StdErr">Its standard error.</param>
/// <param name="Df">Satterthwaite degrees of freedom.</param>
/// <param name="TValue">Difference / standard error.</param>
/// <param name="PValue">Two-sided p-value (t with <paramref name="Df"/>).</param>
/// <param name="Lower">Lower confidence limit of the difference.</param>
/// <param name="Upper">Upper confidence limit of the difference.</param>
/// <param name="PercentSlowing">Percent slowing; null when the control slope is not negative (no decline to slow).</param>
/// <param name="PercentSlowingLower">Lower limit; null when unbounded or undefined (see <paramref name="PercentSlowingNote"/>).</param>
/// <param name="PercentSlowingUpper">Upper limit; null when unbounded or undefined.</param>
/// <param name="PercentSlowingNote">Why a percent-slowing value is missing, else null.</param>
public sealed record SlopeDifference(
    string ArmCode,
    double Difference,
    double StdErr,
    double Df,
    double TValue,
    double PValue,
    double Lower,
    double Upper,
    double? PercentSlowing,
    double? PercentSlowingLower,
    double? PercentSlowingUpper,
    string? PercentSlowingNote);
