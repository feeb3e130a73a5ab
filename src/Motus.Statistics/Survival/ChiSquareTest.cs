namespace Motus.Statistics.Survival;

/// <summary>A χ² test: statistic, degrees of freedom and upper-tail p-value (R: <c>pchisq(stat, df, lower.tail = FALSE)</c>).</summary>
/// <param name="Statistic">The χ² statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom.</param>
/// <param name="PValue">P(χ²_df ≥ statistic).</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue);
