namespace Motus.Statistics.Mixed;

/// <summary>
/// The estimated random-effects covariance Ψ and residual SD, on the response scale. R: <c>VarCorr(fit)</c>,
/// <c>sigma(fit)</c>, <c>getME(fit, "theta")</c>.
/// </summary>
/// <param name="InterceptSd">SD of the random intercepts σ₀ = σ·√(ΛΛᵀ)₁₁.</param>
/// <param name="SlopeSd">SD of the random slopes σ₁; null for a random-intercept model.</param>
/// <param name="Correlation">Intercept–slope correlation; null for a random-intercept model, and when either SD is zero (below the singular tolerance), where lme4 prints ±1 or NaN.</param>
/// <param name="ResidualSd">Residual SD σ̂ = √(r²/(n − p)) for REML, √(r²/n) for ML, r² the penalised residual sum of squares.</param>
/// <param name="Theta">The relative Cholesky factor θ (Ψ/σ² = ΛΛᵀ) as lme4 orders it: [λ₁₁] or [λ₁₁, λ₂₁, λ₂₂], diagonal ≥ 0.</param>
public sealed record VarianceComponents(double InterceptSd, double? SlopeSd, double? Correlation, double ResidualSd, IReadOnlyList<double> Theta)
{
    /// <summary>σ₀², the random-intercept variance.</summary>
    public double InterceptVariance => InterceptSd * InterceptSd;

    /// <summary>σ₁², the random-slope variance; null for a random-intercept model.</summary>
    public double? SlopeVariance => SlopeSd * SlopeSd;

    /// <summary>σ², the residual variance.</summary>
    public double ResidualVariance => ResidualSd * ResidualSd;
}
