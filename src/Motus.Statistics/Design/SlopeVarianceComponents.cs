namespace Motus.Statistics.Design;

/// <summary>
/// Variance components of a random-intercept-and-slope linear mixed model, Y_ij = β₀ + β₁t_ij + b₀ᵢ + b₁ᵢt_ij + ε_ij,
/// as estimated by REML on pilot data (lme4's <c>VarCorr</c>). Units: outcome² (slope variance: (outcome/time)²).
/// </summary>
/// <param name="SlopeVariance">Var(b₁ᵢ) = σ₁², ≥ 0 (longpower <c>sig2.s</c>).</param>
/// <param name="ResidualVariance">Var(ε) = σₑ², &gt; 0 (longpower <c>sig2.e</c>).</param>
/// <param name="InterceptVariance">Var(b₀ᵢ) = σ₀², ≥ 0 (longpower <c>sig2.int</c>, default 0). Irrelevant with complete data; matters with dropout.</param>
/// <param name="InterceptSlopeCovariance">Cov(b₀ᵢ, b₁ᵢ) = σ₀₁ (longpower <c>sig.b0b1</c>, default 0). Irrelevant with complete data; matters with dropout.</param>
public sealed record SlopeVarianceComponents(
    double SlopeVariance, double ResidualVariance, double InterceptVariance = 0, double InterceptSlopeCovariance = 0);
