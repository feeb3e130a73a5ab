namespace Motus.Statistics.Exact;

/// <summary>
/// An exact (Clopper–Pearson) confidence interval for a binomial proportion.
/// R: <c>binom.test(x, n, conf.level = level, alternative = …)$conf.int</c>.
/// </summary>
/// <param name="Successes">Observed successes x.</param>
/// <param name="Trials">Number of trials n.</param>
/// <param name="Estimate">x / n.</param>
/// <param name="Lower">Lower limit (0 when x = 0, or for a <see cref="Alternative.Less"/> interval).</param>
/// <param name="Upper">Upper limit (1 when x = n, or for a <see cref="Alternative.Greater"/> interval).</param>
/// <param name="ConfidenceLevel">The confidence level used, e.g. 0.95.</param>
/// <param name="Alternative">Two-sided interval or a one-sided bound, as in <c>binom.test</c>.</param>
public sealed record ProportionInterval(
    int Successes, int Trials, double Estimate, double Lower, double Upper, double ConfidenceLevel, Alternative Alternative);
