using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>
/// A fitted Cox model: coefficients with inference, likelihoods, global tests and concordance as
/// <c>summary(coxph(…))</c> prints them, plus baseline hazard, residuals and the proportional-hazards test.
/// Matrices are p×p in covariate order.
/// </summary>
/// <param name="Coefficients">One entry per covariate, in column order.</param>
/// <param name="Variance">
/// Variance matrix used for inference: the robust sandwich when <see cref="Robust"/>, else the inverse information.
/// Rows and columns of aliased covariates are 0. R: <c>fit$var</c>.
/// </param>
/// <param name="ModelVariance">Inverse of the observed information at β̂ (model-based). R: <c>fit$naive.var</c> (robust fits) or <c>fit$var</c>.</param>
/// <param name="LogLikelihoodNull">Log partial likelihood at β = 0. R: <c>fit$loglik[1]</c>.</param>
/// <param name="LogLikelihood">Log partial likelihood at β̂. R: <c>fit$loglik[2]</c>.</param>
/// <param name="LikelihoodRatio">2(ℓ(β̂) − ℓ(0)) on the number of estimable coefficients. R: <c>summary(fit)$logtest</c>.</param>
/// <param name="Wald">β̂ᵀ V⁻¹ β̂ with <see cref="Variance"/> (robust when robust). R: <c>fit$wald.test</c>.</param>
/// <param name="Score">Score (log-rank-type) test at β = 0 with the model information. R: <c>fit$score</c>.</param>
/// <param name="RobustScore">Score test at β = 0 with the sandwich variance of the score, for robust fits; else null. R: <c>fit$rscore</c>.</param>
/// <param name="Concordance">Harrell's C with its standard error. R: <c>fit$concordance</c>.</param>
/// <param name="N">Rows used.</param>
/// <param name="Events">Number of events (unweighted). R: <c>fit$nevent</c>.</param>
/// <param name="Robust">Whether the robust variance is reported (option or cluster vector).</param>
/// <param name="Clusters">Number of clusters when a cluster vector was given, else null.</param>
/// <param name="StrataCount">Number of strata (1 when unstratified).</param>
/// <param name="CountingProcess">True for (entry, exit] data.</param>
/// <param name="Means">
/// Covariate means used to centre <see cref="LinearPredictors"/> and the centred baseline hazard, as coxph: weighted
/// means for right-censored data, unweighted column means for counting-process data, and 0 for a column whose values
/// all lie in {−1, 0, 1} (coxph's <c>nocenter</c> default). R: <c>fit$means</c>.
/// </param>
/// <param name="LinearPredictors">β̂ᵀ(x − means) per row, in input order. R: <c>fit$linear.predictors</c>.</param>
/// <param name="Options">The choices used (echo).</param>
/// <param name="Diagnostics">Convergence, iterations and warnings (aliasing, possibly infinite coefficients, non-convergence).</param>
public sealed record CoxFit(
    IReadOnlyList<CoxCoefficient> Coefficients,
    double[,] Variance,
    double[,] ModelVariance,
    double LogLikelihoodNull,
    double LogLikelihood,
    ChiSquareTest LikelihoodRatio,
    ChiSquareTest Wald,
    ChiSquareTest Score,
    ChiSquareTest? RobustScore,
    Concordance Concordance,
    int N,
    int Events,
    bool Robust,
    int? Clusters,
    int StrataCount,
    bool CountingProcess,
    double[] Means,
    double[] LinearPredictors,
    CoxOptions Options,
    FitDiagnostics Diagnostics)
{
    internal CoxModel Model { get; init; } = null!;

    /// <summary>
    /// Breslow-type estimate of the baseline cumulative hazard per stratum, at every distinct exit time. With Efron
    /// ties the increment at a time with d tied deaths is (W/d)·Σ_k 1/S0_k (the Efron-type estimate survfit uses by
    /// default for Efron fits, ctype = 2); with Breslow ties it is W/S0. R: <c>basehaz(fit, centered)</c>.
    /// </summary>
    /// <param name="centered">
    /// True: the cumulative hazard for a subject at the covariate <see cref="Means"/> (R's default
    /// <c>centered = TRUE</c>); false: at x = 0 (<c>centered = FALSE</c>).
    /// </param>
    public BaselineCumulativeHazard BaselineHazard(bool centered) => CoxPostFit.BaselineHazard(Model, centered);

    /// <summary>
    /// Schoenfeld residuals, one row per event in order (stratum, time, input row): x_i − x̄(t_i), with x̄ the Efron
    /// average of the risk-set means for tied deaths. Scaled: r·V·d + β̂ (d = number of events, V the model
    /// variance), whose smoothed plot estimates β(t) (Grambsch &amp; Therneau 1994, Biometrika 81:515–526).
    /// R: <c>residuals(fit, type = "schoenfeld")</c> / <c>"scaledsch"</c>.
    /// </summary>
    /// <param name="scaled">False for raw, true for scaled residuals.</param>
    public CoxSchoenfeldResiduals SchoenfeldResiduals(bool scaled) => CoxPostFit.Schoenfeld(Model, scaled);

    /// <summary>
    /// Score residuals (n×p, input row order, unweighted). R: <c>residuals(fit, type = "score")</c>. Computed in
    /// O(n·p + n log n) from cumulative risk-set sums.
    /// </summary>
    public double[,] ScoreResiduals() => CoxPostFit.ScoreResiduals(Model, dfbeta: false);

    /// <summary>
    /// Approximate change in β̂ when each row is left out, weighted by the case weight: w·(score residual)·V with V
    /// the model variance (n×p, input order). The robust variance is Σ over clusters of the summed rows' outer
    /// products. R: <c>residuals(fit, type = "dfbeta")</c>.
    /// </summary>
    public double[,] DfBeta() => CoxPostFit.ScoreResiduals(Model, dfbeta: true);

    /// <summary>
    /// Test of proportional hazards for each covariate and globally: the score test of adding x·g(t) terms, as
    /// survival ≥ 3.0 computes it (Grambsch &amp; Therneau 1994). R: <c>cox.zph(fit, transform = …, terms = FALSE)</c>
    /// (identical to the default for numeric covariates, one column each). Aliased covariates are left out.
    /// </summary>
    /// <param name="transform">The time scale g(t); R's default is <see cref="TimeTransform.KaplanMeier"/>.</param>
    /// <exception cref="StatisticsInputException">An undefined transform.</exception>
    public ProportionalHazardsTest TestProportionalHazards(TimeTransform transform)
    {
        if (!Enum.IsDefined(transform))
        {
            throw new StatisticsInputException($"transform = {transform} is not a defined TimeTransform.", nameof(transform));
        }

        return ProportionalHazardsCalculator.Compute(Model, transform);
    }
}
