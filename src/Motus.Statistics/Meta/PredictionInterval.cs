namespace Motus.Statistics.Meta;

/// <summary>
/// The interval expected to contain the true effect of a new study: μ̂ ± crit·√(SE² + τ²).
/// R: <c>predict(fit)$pi.lb</c>, <c>$pi.ub</c>.
/// </summary>
/// <param name="Lower">Lower bound, on the analysis scale.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Df">Degrees of freedom of the t critical value; null when the normal quantile was used.</param>
/// <param name="Kind">Which critical value was used.</param>
public sealed record PredictionInterval(double Lower, double Upper, double? Df, PredictionIntervalKind Kind);
