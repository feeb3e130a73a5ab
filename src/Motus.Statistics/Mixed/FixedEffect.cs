namespace Motus.Statistics.Mixed;

/// <summary>
/// One row of a mixed model's fixed-effects table with Satterthwaite's t test. A column dropped from a rank-deficient
/// design has null values. R: a row of <c>summary(lmerTest::lmer(...))$coefficients</c>.
/// </summary>
/// <param name="Name">Term name; the intercept is <c>(Intercept)</c>.</param>
/// <param name="Estimate">GLS estimate β̂ at the (RE)ML variance parameters. R: <c>fixef(fit)</c>.</param>
/// <param name="StandardError">√[σ̂²(XᵀV⁻¹X)⁻¹]ⱼⱼ. R: <c>sqrt(diag(vcov(fit)))</c>.</param>
/// <param name="Df">Satterthwaite denominator degrees of freedom 2(ℓᵀCℓ)²/(gᵀAg). R: lmerTest's <c>df</c>.</param>
/// <param name="TValue">Estimate / standard error. R: <c>t value</c>.</param>
/// <param name="PValue">2·P(T_df ≥ |t|). R: lmerTest's <c>Pr(&gt;|t|)</c>.</param>
public sealed record FixedEffect(string Name, double? Estimate, double? StandardError, double? Df, double? TValue, double? PValue)
{
    /// <summary>True unless the column was dropped as aliased (rank-deficient design).</summary>
    public bool Estimable => Estimate.HasValue;
}
