namespace Motus.Statistics.Exact;

/// <summary>
/// Result of the exact binomial test. R: <c>binom.test(x, n, p, alternative, conf.level)</c>.
/// </summary>
/// <param name="Successes">Observed successes x.</param>
/// <param name="Trials">Number of trials n.</param>
/// <param name="NullProportion">The proportion under the null hypothesis, p₀.</param>
/// <param name="Alternative">The alternative tested.</param>
/// <param name="PValue">
/// Exact p-value. Less: P(X ≤ x); Greater: P(X ≥ x); two-sided: the total probability of outcomes no more likely than
/// the observed one, where "no more likely" means P(X = i) ≤ P(X = x)·<paramref name="TwoSidedRelativeTolerance"/>
/// (R's rule), capped at 1.
/// </param>
/// <param name="Estimate">x / n.</param>
/// <param name="ConfidenceInterval">The Clopper–Pearson interval matching <paramref name="Alternative"/>.</param>
/// <param name="TwoSidedRelativeTolerance">The factor used to count outcomes as equally likely: 1 + 1e-7, as in R.</param>
public sealed record BinomialTestResult(
    int Successes,
    int Trials,
    double NullProportion,
    Alternative Alternative,
    double PValue,
    double Estimate,
    ProportionInterval ConfidenceInterval,
    double TwoSidedRelativeTolerance);
