namespace Motus.Statistics.Regression;

/// <summary>
/// One row of a coefficient table. A coefficient that is not estimable (aliased in a collinear design) has null estimate,
/// standard error, t and p, as lm reports NA. R: a row of <c>summary(lm(...))$coefficients</c>.
/// </summary>
/// <param name="Name">Term name; the intercept is <c>(Intercept)</c>.</param>
/// <param name="Estimate">Least-squares estimate; null when not estimable. R: <c>coef(fit)</c>.</param>
/// <param name="StandardError">Standard error √(σ̂²·[(XᵀX)⁻¹]ⱼⱼ); null when not estimable or with 0 residual df. R: <c>Std. Error</c>.</param>
/// <param name="TValue">Estimate / standard error; null when the standard error is null or exactly 0 (exact fit). R: <c>t value</c>.</param>
/// <param name="PValue">Two-sided p-value 2·P(T_df ≥ |t|), df the residual df; null when t is. R: <c>Pr(&gt;|t|)</c>.</param>
public sealed record RegressionCoefficient(string Name, double? Estimate, double? StandardError, double? TValue, double? PValue)
{
    /// <summary>True when the coefficient could be estimated (not aliased).</summary>
    public bool Estimable => Estimate.HasValue;
}
