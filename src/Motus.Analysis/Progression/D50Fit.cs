namespace Motus.Analysis.Progression;

/// <summary>
/// A D50 sigmoid fit of one patient: ALSFRS-R(t) = 48 / (1 + exp((t − D50)/dx)), t in months since onset. Null
/// parameters mean not estimable; <see cref="NotEstimableReason"/> says why.
/// </summary>
/// <param name="D50">Months from onset until the fitted ALSFRS-R falls to 24 (half of function lost); null when not estimable.</param>
/// <param name="D50StandardError">Asymptotic SE of D50, σ̂²(JᵀJ)⁻¹ as R's summary.nls; null with two points or a degenerate fit.</param>
/// <param name="Dx">Time constant dx of the decline, months (&gt; 0); null when not estimable.</param>
/// <param name="DxStandardError">Asymptotic SE of dx, as <paramref name="D50StandardError"/>.</param>
/// <param name="SteepestDeclinePerMonth">48 / (4·dx), the decline in points/month at t = D50 (derived, als-methods §2.4).</param>
/// <param name="Aggressiveness">D50 group: high &lt; 20, intermediate 20–40, low &gt; 40 months.</param>
/// <param name="ResidualSd">√(RSS / (n − 2)); null with two points.</param>
/// <param name="PointCount">Ratings fitted.</param>
/// <param name="Converged">True when Levenberg–Marquardt met its convergence criterion.</param>
/// <param name="Iterations">Iterations of the best start.</param>
/// <param name="NotEstimableReason">Why the parameters are null; null when estimable.</param>
/// <param name="Warnings">Left-out ratings and caveats.</param>
/// <param name="Method">The model, the estimator and its choices.</param>
public sealed record D50Fit(
    double? D50,
    double? D50StandardError,
    double? Dx,
    double? DxStandardError,
    double? SteepestDeclinePerMonth,
    D50Aggressiveness? Aggressiveness,
    double? ResidualSd,
    int PointCount,
    bool Converged,
    int Iterations,
    string? NotEstimableReason,
    IReadOnlyList<string> Warnings,
    string Method)
{
    /// <summary>True when D50 and dx are given.</summary>
    public bool Estimable => D50.HasValue;

    /// <summary>The fitted ALSFRS-R at <paramref name="monthsSinceOnset"/>; null when not estimable.</summary>
    public double? PredictedTotal(double monthsSinceOnset) =>
        D50 is { } d && Dx is { } x ? SigmoidLeastSquares.Maximum * SigmoidLeastSquares.Logistic((monthsSinceOnset - d) / x) : null;

    /// <summary>
    /// rD50 = t / D50, the "individual disease covered" at <paramref name="monthsSinceOnset"/>. **Unverified**: the Jena
    /// group's exact rD50 formula was not found; t/D50 is the most likely reading (als-methods §2.4, open question 6).
    /// </summary>
    public double? RelativeD50(double monthsSinceOnset) => D50 is { } d && d > 0 ? monthsSinceOnset / d : null;
}
