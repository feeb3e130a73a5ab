using Motus.Statistics.Common;

namespace Motus.Statistics.Regression;

/// <summary>
/// An ordinary least-squares fit and its summary. R: <c>lm(y ~ x)</c> with <c>summary.lm</c>. Compared with R 4.2.2 at
/// 1e-6 relative (estimates, SEs, t, p, R², F, residuals); see docs/methods/ols.md.
/// </summary>
/// <param name="Intercept">Whether an intercept column was added (the <c>intercept</c> argument). R: <c>y ~ x</c> versus <c>y ~ 0 + x</c>.</param>
/// <param name="RankTolerance">The tolerance of the rank decision (lm's <c>tol</c>, default 1e-7).</param>
/// <param name="Coefficients">One row per model column in design order, the intercept first; aliased columns have null values.</param>
/// <param name="ObservationCount">Number of observations n.</param>
/// <param name="Rank">Rank of the model matrix (number of estimable coefficients). R: <c>fit$rank</c>.</param>
/// <param name="ResidualDf">n − rank. R: <c>fit$df.residual</c>.</param>
/// <param name="ResidualStandardError">σ̂ = √(RSS / (n − rank)); null with 0 residual df. R: <c>summary(fit)$sigma</c>.</param>
/// <param name="RSquared">MSS / (MSS + RSS), MSS about the mean with an intercept and about 0 without. R: <c>r.squared</c>.</param>
/// <param name="AdjustedRSquared">1 − (1 − R²)(n − i)/(n − rank), i = 1 with an intercept, 0 without; null with 0 residual df. R: <c>adj.r.squared</c>.</param>
/// <param name="FTest">The overall F test; null for an intercept-only or rank-0 model, or with 0 residual df. R: <c>fstatistic</c>.</param>
/// <param name="EstimableCovariance">σ̂²(XᵀX)⁻¹ of the estimable coefficients, in the order they appear in <paramref name="Coefficients"/> (row-major r × r, r = rank); null with 0 residual df. R: <c>vcov(fit)</c> without the NA rows.</param>
/// <param name="Residuals">y − ŷ, computed from the QR effects as R does. R: <c>residuals(fit)</c>.</param>
/// <param name="Fitted">ŷ. R: <c>fitted(fit)</c>.</param>
/// <param name="Diagnostics">Closed form (converged, 0 iterations) with warnings for aliased coefficients and perfect fits.</param>
public sealed record LinearRegressionResult(
    bool Intercept,
    double RankTolerance,
    IReadOnlyList<RegressionCoefficient> Coefficients,
    int ObservationCount,
    int Rank,
    int ResidualDf,
    double? ResidualStandardError,
    double RSquared,
    double? AdjustedRSquared,
    FTestResult? FTest,
    double[,]? EstimableCovariance,
    double[] Residuals,
    double[] Fitted,
    FitDiagnostics Diagnostics)
{
    /// <summary>The coefficient named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public RegressionCoefficient this[string name] =>
        Coefficients.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"No coefficient named '{name}'.");
}
