using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Mixed;

/// <summary>
/// A linear mixed model y = Xβ + Zb + ε with one grouping factor, fitted by REML or ML. R: <c>lme4::lmer(y ~ x + (1 | g))</c>
/// or <c>lmer(y ~ x + (t | g))</c>, with lmerTest's Satterthwaite t tests. Compared with lme4 1.1-31 / lmerTest 3.1-3:
/// fixed effects and SEs at 1e-6 relative, variance components at 1e-4 (observed ≤ 2e-7 against a tightly converged lme4),
/// log-likelihood at 1e-6 absolute, Satterthwaite df at 1e-4 relative; see docs/methods/linear-mixed-model.md.
/// </summary>
/// <typeparam name="TKey">The group key type.</typeparam>
/// <param name="Options">The options used (method, intercept, tolerances).</param>
/// <param name="SlopeName">Name of the random-slope variable; null for a random-intercept model.</param>
/// <param name="FixedEffects">One row per fixed-effect column, the intercept first; dropped (aliased) columns have null values.</param>
/// <param name="FixedEffectsCovariance">Var(β̂) = σ̂²(XᵀV⁻¹X)⁻¹ of the estimable fixed effects in their order (row-major). R: <c>vcov(fit)</c>.</param>
/// <param name="VarianceComponents">Random-effect SDs, correlation, residual SD and θ. R: <c>VarCorr(fit)</c>.</param>
/// <param name="RandomEffects">Conditional modes per group, in order of first appearance. R: <c>ranef(fit, condVar = TRUE)</c>.</param>
/// <param name="LogLikelihood">The REML log-likelihood for REML fits, the log-likelihood for ML fits, as lme4's <c>logLik(fit)</c>.</param>
/// <param name="RemlCriterion">−2 × REML log-likelihood (REML fits; null for ML). R: <c>REMLcrit(fit)</c>.</param>
/// <param name="Deviance">−2 × log-likelihood (ML fits; null for REML). R: <c>deviance(fit)</c>.</param>
/// <param name="Aic">−2·LogLikelihood + 2k (for REML fits from the REML criterion, as lme4). R: <c>AIC(fit)</c>.</param>
/// <param name="Bic">−2·LogLikelihood + k·ln n. R: <c>BIC(fit)</c>.</param>
/// <param name="ParameterCount">k = estimable fixed effects + θ parameters + 1 (σ). R: <c>attr(logLik(fit), "df")</c>.</param>
/// <param name="ObservationCount">n. R: <c>nobs(fit)</c>.</param>
/// <param name="GroupCount">Number of groups. R: <c>ngrps(fit)</c>.</param>
/// <param name="IsSingular">True when a diagonal θ element is below <see cref="LinearMixedModelOptions.SingularTolerance"/>. R: <c>isSingular(fit)</c>.</param>
/// <param name="GradientNorm">max |∂deviance/∂θ| at the optimum (exact gradient; lme4 reports a finite-difference one).</param>
/// <param name="Diagnostics">Convergence (Newton iterations) and warnings: "boundary (singular) fit", dropped columns, one-visit groups, Hessian checks.</param>
public sealed record LinearMixedModelResult<TKey>(
    LinearMixedModelOptions Options,
    string? SlopeName,
    IReadOnlyList<FixedEffect> FixedEffects,
    double[,] FixedEffectsCovariance,
    VarianceComponents VarianceComponents,
    IReadOnlyList<GroupRandomEffects<TKey>> RandomEffects,
    double LogLikelihood,
    double? RemlCriterion,
    double? Deviance,
    double Aic,
    double Bic,
    int ParameterCount,
    int ObservationCount,
    int GroupCount,
    bool IsSingular,
    double GradientNorm,
    FitDiagnostics Diagnostics)
{
    internal Satterthwaite? SatterthwaiteState { get; init; }

    /// <summary>The fixed effect named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public FixedEffect this[string name] =>
        FixedEffects.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"No fixed effect named '{name}'.");

    /// <summary>
    /// t test of ℓᵀβ with Satterthwaite's df, e.g. the slope in the treated arm <c>months + months:arm</c>.
    /// R: <c>lmerTest::contest1D(fit, L)</c>. Throws <see cref="StatisticsInputException"/> when the weights do not match
    /// the fixed effects, are all zero, or put weight on a dropped column.
    /// </summary>
    /// <param name="weights">ℓ, one weight per entry of <see cref="FixedEffects"/>.</param>
    public ContrastResult Contrast(params double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != FixedEffects.Count)
        {
            throw new StatisticsInputException($"weights has {weights.Length} entries but the model has {FixedEffects.Count} fixed effects.", nameof(weights));
        }

        Guard.Finite(weights, nameof(weights));
        var l = new List<double>();
        var estimate = 0.0;
        var any = false;
        for (var j = 0; j < weights.Length; j++)
        {
            var fe = FixedEffects[j];
            if (!fe.Estimable)
            {
                if (weights[j] != 0)
                {
                    throw new StatisticsInputException($"weights[{j}] = {weights[j]} is on '{fe.Name}', which was dropped as aliased; its weight must be 0.", nameof(weights));
                }

                continue;
            }

            l.Add(weights[j]);
            estimate += weights[j] * fe.Estimate!.Value;
            any |= weights[j] != 0;
        }

        if (!any)
        {
            throw new StatisticsInputException("weights are all zero: the contrast is empty.", nameof(weights));
        }

        var state = SatterthwaiteState ?? throw new InvalidOperationException("This result carries no Satterthwaite state.");
        var (variance, df) = state.Evaluate(l.ToArray());
        if (df is null)
        {
            throw new StatisticsInputException("The Satterthwaite df of this contrast are not defined (its variance does not depend on the variance parameters).", nameof(weights));
        }

        var se = Math.Sqrt(variance);
        var t = estimate / se;
        return new ContrastResult((double[])weights.Clone(), estimate, se, df.Value, t, Dist.TTwoSided(t, df.Value));
    }
}
