using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>
/// Result of a (stratified) log-rank / G-rho test. R: <c>survdiff(…, rho = …)</c>. Group-indexed arrays follow
/// <see cref="Groups"/> (ascending codes).
/// </summary>
/// <param name="Groups">Group codes, ascending.</param>
/// <param name="N">Rows per group.</param>
/// <param name="Observed">Weighted observed events per group, Σ w(t)·d_g(t), summed over strata (the plain count when rho = 0). R: <c>obs</c> (row sums when stratified).</param>
/// <param name="Expected">Weighted expected events per group under H0, Σ w(t)·d(t)·n_g(t)/n(t). R: <c>exp</c>.</param>
/// <param name="Variance">Covariance matrix of Observed − Expected (groups × groups), hypergeometric form. R: <c>var</c>.</param>
/// <param name="ChiSquare">The test statistic: (O − E)ᵀV⁻(O − E) over the groups with Expected &gt; 0, first such group dropped. R: <c>chisq</c>.</param>
/// <param name="DegreesOfFreedom">Groups with Expected &gt; 0, minus 1.</param>
/// <param name="PValue">Upper-tail χ² p-value.</param>
/// <param name="Rho">The G-rho exponent used (echo): weight w(t) = S(t−)^rho with S the pooled Kaplan–Meier within stratum.</param>
/// <param name="Strata">Stratum codes (ascending) when stratified, else null.</param>
/// <param name="ObservedByStratum">Observed per group (rows) and stratum (columns) when stratified, else null.</param>
/// <param name="ExpectedByStratum">Expected per group (rows) and stratum (columns) when stratified, else null.</param>
/// <param name="LeftTruncated">True when risk sets were {entry &lt; t ≤ exit} (counting-process input; survdiff cannot do this).</param>
/// <param name="Diagnostics">Closed form; warnings for groups left out of the test.</param>
public sealed record LogRankResult(
    int[] Groups,
    int[] N,
    double[] Observed,
    double[] Expected,
    double[,] Variance,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    double Rho,
    int[]? Strata,
    double[,]? ObservedByStratum,
    double[,]? ExpectedByStratum,
    bool LeftTruncated,
    FitDiagnostics Diagnostics);
