namespace Motus.Analysis.Cohort;

/// <summary>The log-rank (G-rho) test of equal survival across arms. R: <c>survdiff(Surv(months, status) ~ arm, rho = …)</c>.</summary>
/// <param name="ChiSquare">The χ² statistic.</param>
/// <param name="DegreesOfFreedom">Arms with expected events &gt; 0, minus 1.</param>
/// <param name="PValue">Upper-tail χ² p-value.</param>
/// <param name="Rho">The G-rho exponent (0 = log-rank).</param>
/// <param name="Arms">Observed and expected events per arm.</param>
public sealed record LogRankSummary(double ChiSquare, int DegreesOfFreedom, double PValue, double Rho, IReadOnlyList<ArmEvents> Arms);
