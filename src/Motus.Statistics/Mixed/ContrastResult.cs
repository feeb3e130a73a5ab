namespace Motus.Statistics.Mixed;

/// <summary>
/// A t test of one linear combination ℓᵀβ of the fixed effects with Satterthwaite's degrees of freedom.
/// R: <c>lmerTest::contest1D(fit, L)</c>.
/// </summary>
/// <param name="Weights">ℓ, one weight per fixed-effect column (including dropped columns, whose weight must be 0).</param>
/// <param name="Estimate">ℓᵀβ̂.</param>
/// <param name="StandardError">√(ℓᵀ Var(β̂) ℓ).</param>
/// <param name="Df">Satterthwaite df 2(ℓᵀCℓ)²/(gᵀAg), g the gradient of ℓᵀC(θ, σ)ℓ and A the asymptotic covariance of (θ, σ).</param>
/// <param name="TValue">Estimate / standard error.</param>
/// <param name="PValue">2·P(T_df ≥ |t|).</param>
public sealed record ContrastResult(IReadOnlyList<double> Weights, double Estimate, double StandardError, double Df, double TValue, double PValue);
