namespace Motus.Analysis.Safety;

/// <summary>A proportion with its exact (Clopper–Pearson) interval. R: <c>binom.test(x, n)$conf.int</c>.</summary>
/// <param name="Count">x.</param>
/// <param name="Total">n (0 gives nulls).</param>
/// <param name="Proportion">x / n; null when n = 0.</param>
/// <param name="Lower">Lower limit; null when n = 0.</param>
/// <param name="Upper">Upper limit; null when n = 0.</param>
public sealed record Incidence(int Count, int Total, double? Proportion, double? Lower, double? Upper);
