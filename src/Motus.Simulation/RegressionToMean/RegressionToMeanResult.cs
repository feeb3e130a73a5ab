namespace Motus.Simulation.RegressionToMean;

/// <summary>
/// Exact moments of the observed slopes under <see cref="RegressionToMeanInputs"/>, from the truncated bivariate normal
/// distribution of (ŝ_pre, ŝ_post) selected on ŝ_pre ≤ c. No treatment effect exists in this model: any difference
/// between the selected means is regression to the mean.
/// </summary>
/// <param name="Inputs">The model and selection.</param>
/// <param name="PreErrorVariance">Var(e1) = σe²·Σw_pre², (points/month)².</param>
/// <param name="PostErrorVariance">Var(e2) = σe²·Σw_post².</param>
/// <param name="ErrorCovariance">Cov(e1, e2) = σe²·Σ w_pre·w_post over shared assessments (negative with a shared baseline).</param>
/// <param name="RegressionCoefficient">c = (σ1² + Cov(e1,e2)) / (σ1² + Var(e1)): E[ŝ_post | ŝ_pre] = μ + c·(ŝ_pre − μ).</param>
/// <param name="SelectedFraction">P(ŝ_pre ≤ threshold); 1 without selection.</param>
/// <param name="MeanPreSlopeSelected">E[ŝ_pre | selected], points/month.</param>
/// <param name="MeanPostSlopeSelected">E[ŝ_post | selected], points/month.</param>
/// <param name="ApparentSlowing">(E[ŝ_post|sel] − E[ŝ_pre|sel]) / |E[ŝ_pre|sel]|: the "slowing" of the mean slope with no treatment; null when E[ŝ_pre|sel] ≥ 0 (no decline to slow).</param>
/// <param name="Method">The method, in words.</param>
public sealed record RegressionToMeanResult(
    RegressionToMeanInputs Inputs,
    double PreErrorVariance,
    double PostErrorVariance,
    double ErrorCovariance,
    double RegressionCoefficient,
    double SelectedFraction,
    double MeanPreSlopeSelected,
    double MeanPostSlopeSelected,
    double? ApparentSlowing,
    string Method);
