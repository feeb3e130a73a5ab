using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// A fixed- or random-effects meta-analysis of k study estimates. R: <c>metafor::rma(yi, vi, method, test)</c>; the
/// fields carry rma's names in their documentation. I² and H² use metafor's general definitions (see the method doc
/// docs/methods/meta-analysis.md). Compared with metafor 3.8-1 at 1e-6 relative (estimates, SEs, Q, I² under DL/FE) and
/// 1e-5 for quantities depending on an iterative τ² (REML, PM).
/// </summary>
/// <param name="Options">The options used (method, test, level, prediction-interval kind, tolerance).</param>
/// <param name="Test">The test actually used: <see cref="MetaAnalysisOptions.Test"/>, or z when k = 1 (with a warning).</param>
/// <param name="K">Number of studies.</param>
/// <param name="Estimate">Pooled estimate μ̂ = Σw*y/Σw*, w* = 1/(v + τ²). R: <c>fit$beta</c>.</param>
/// <param name="StandardError">Its standard error (Hartung–Knapp-scaled under those tests). R: <c>fit$se</c>.</param>
/// <param name="CiLower">Lower confidence bound. R: <c>fit$ci.lb</c>.</param>
/// <param name="CiUpper">Upper confidence bound. R: <c>fit$ci.ub</c>.</param>
/// <param name="Statistic">z or t statistic μ̂/SE. R: <c>fit$zval</c>.</param>
/// <param name="PValue">Two-sided p-value. R: <c>fit$pval</c>.</param>
/// <param name="Df">t degrees of freedom (k − 1) under the Hartung–Knapp tests; null under z. R: <c>fit$ddf</c>.</param>
/// <param name="KnappHartungFactor">The variance scale q (or max(1, q)) under the Hartung–Knapp tests; null under z. R: <c>fit$s2w</c>.</param>
/// <param name="Tau2">τ², the between-study variance used in the weights; 0 under the fixed-effect model and when k = 1. R: <c>fit$tau2</c>.</param>
/// <param name="Tau2StandardError">Standard error of τ² as rma reports it (REML: √(2/tr(P²)); DL and PM: their moment formulas); null under the fixed-effect model or k = 1. R: <c>fit$se.tau2</c>.</param>
/// <param name="Tau">τ = √τ².</param>
/// <param name="Q">Cochran's Q with fixed-effect weights; null when k = 1. R: <c>fit$QE</c>.</param>
/// <param name="QDf">Its degrees of freedom, k − 1.</param>
/// <param name="QPValue">P(χ²_{k−1} ≥ Q); null when k = 1. R: <c>fit$QEp</c>.</param>
/// <param name="I2">I² in percent: 100·τ²/(τ² + s²) for random effects, max(0, 100(Q − df)/Q) for fixed effect; null when k = 1. R: <c>fit$I2</c>.</param>
/// <param name="H2">H² = τ²/s² + 1 (random effects) or Q/df (fixed effect); null when k = 1. R: <c>fit$H2</c>.</param>
/// <param name="TypicalSamplingVariance">s² = (k − 1)/(Σw − Σw²/Σw), w = 1/v (Higgins &amp; Thompson 2002); null when k = 1. R: <c>fit$vt</c>.</param>
/// <param name="Prediction">Prediction interval; null under the fixed-effect model and when k = 1. R: <c>predict(fit)</c>.</param>
/// <param name="Weights">Percentage weight of each study, 100·w*ᵢ/Σw*. R: <c>weights(fit)</c>.</param>
/// <param name="BackTransformed">Estimate and intervals on the natural scale, when the measure has a back-transformation and was known.</param>
/// <param name="Diagnostics">Convergence of the τ² estimator, iterations, and warnings (truncation at 0, k = 1, …).</param>
public sealed record MetaAnalysisResult(
    MetaAnalysisOptions Options,
    MetaTest Test,
    int K,
    double Estimate,
    double StandardError,
    double CiLower,
    double CiUpper,
    double Statistic,
    double PValue,
    double? Df,
    double? KnappHartungFactor,
    double Tau2,
    double? Tau2StandardError,
    double Tau,
    double? Q,
    int QDf,
    double? QPValue,
    double? I2,
    double? H2,
    double? TypicalSamplingVariance,
    PredictionInterval? Prediction,
    double[] Weights,
    BackTransformedSummary? BackTransformed,
    FitDiagnostics Diagnostics);
