using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// The meta-analysis refitted k times, each time without one study (element i omits study i), with the same options.
/// R: <c>metafor::leave1out(fit)</c>. Compared with metafor at 1e-6 (1e-5 for REML/PM-dependent values).
/// </summary>
/// <param name="Options">The options of every refit.</param>
/// <param name="Estimate">Pooled estimate without study i.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Statistic">z or t statistic.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="CiLower">Lower confidence bound.</param>
/// <param name="CiUpper">Upper confidence bound.</param>
/// <param name="Q">Cochran's Q without study i.</param>
/// <param name="QPValue">Its p-value.</param>
/// <param name="Tau2">τ² without study i (0 under the fixed-effect model).</param>
/// <param name="I2">I² (percent) without study i.</param>
/// <param name="H2">H² without study i.</param>
/// <param name="Diagnostics">Converged when every refit converged; total iterations; warnings prefixed with the omitted study.</param>
public sealed record LeaveOneOutResult(
    MetaAnalysisOptions Options,
    double[] Estimate,
    double[] StandardError,
    double[] Statistic,
    double[] PValue,
    double[] CiLower,
    double[] CiUpper,
    double[] Q,
    double[] QPValue,
    double[] Tau2,
    double[] I2,
    double[] H2,
    FitDiagnostics Diagnostics);
