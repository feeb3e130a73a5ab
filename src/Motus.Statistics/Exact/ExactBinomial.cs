using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Exact;

/// <summary>
/// Exact inference for a single binomial proportion: the Clopper–Pearson interval and the exact binomial test, both as
/// R's <c>binom.test</c> computes them.
/// </summary>
/// <remarks>
/// References: Clopper C.J., Pearson E.S. (1934) Biometrika 26:404–413 (the interval, via beta quantiles);
/// the two-sided p-value is the "minimum likelihood" (Sterne-type) rule of R's <c>binom.test</c>: sum the probabilities
/// of all outcomes with P(X = i) ≤ P(X = x)·(1 + 1e-7). Because the binomial pmf is unimodal, the outcomes on the far
/// side of n·p₀ are found by binary search (O(log n) pmf evaluations instead of R's O(n)); the count is the same.
/// Accuracy against R 4.2.2: p-values and limits to 1e-10 relative (see docs/methods/exact-and-design.md).
/// </remarks>
public static class ExactBinomial
{
    /// <summary>Relative tolerance R's <c>binom.test</c> uses to treat outcomes as equally likely in the two-sided p-value.</summary>
    public const double TwoSidedRelativeTolerance = 1 + 1e-7;

    /// <summary>
    /// Clopper–Pearson interval for x/n. Two-sided: [B⁻¹(α/2; x, n−x+1), B⁻¹(1−α/2; x+1, n−x)] with α = 1 − level, the
    /// lower limit 0 when x = 0 and the upper 1 when x = n. One-sided (Less / Greater): [0, B⁻¹(level; x+1, n−x)] or
    /// [B⁻¹(1−level; x, n−x+1), 1]. R: <c>binom.test(x, n, conf.level = level, alternative = …)$conf.int</c>.
    /// </summary>
    /// <param name="successes">x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">n ≥ 1.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1); R's default is 0.95.</param>
    /// <param name="alternative">Two-sided interval or one-sided bound; R's default is two-sided.</param>
    public static ProportionInterval ClopperPearson(int successes, int trials, double confidenceLevel = 0.95, Alternative alternative = Alternative.TwoSided)
    {
        Validate(successes, trials);
        Guard.Probability(confidenceLevel, nameof(confidenceLevel));
        var x = successes;
        var n = trials;
        double lower, upper;
        switch (alternative)
        {
            case Alternative.TwoSided:
                var half = (1 - confidenceLevel) / 2;
                lower = LowerLimit(x, n, half);
                upper = UpperLimit(x, n, half);
                break;
            case Alternative.Less:
                lower = 0;
                upper = UpperLimit(x, n, 1 - confidenceLevel);
                break;
            case Alternative.Greater:
                lower = LowerLimit(x, n, 1 - confidenceLevel);
                upper = 1;
                break;
            default:
                throw new StatisticsInputException($"alternative = {alternative} is not a known alternative.", nameof(alternative));
        }

        return new ProportionInterval(x, n, (double)x / n, lower, upper, confidenceLevel, alternative);
    }

    /// <summary>
    /// Exact binomial test of H₀: p = p₀ with the matching Clopper–Pearson interval.
    /// R: <c>binom.test(x, n, p = nullProportion, alternative, conf.level)</c>.
    /// </summary>
    /// <param name="successes">x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">n ≥ 1.</param>
    /// <param name="nullProportion">p₀ in [0, 1] (R's default 0.5).</param>
    /// <param name="alternative">The alternative hypothesis (R's default two-sided).</param>
    /// <param name="confidenceLevel">Level of the reported interval (R's default 0.95).</param>
    public static BinomialTestResult Test(int successes, int trials, double nullProportion, Alternative alternative = Alternative.TwoSided, double confidenceLevel = 0.95)
    {
        Validate(successes, trials);
        if (!(nullProportion >= 0 && nullProportion <= 1))
        {
            throw new StatisticsInputException($"nullProportion = {nullProportion}: must lie in [0, 1].", nameof(nullProportion));
        }

        var ci = ClopperPearson(successes, trials, confidenceLevel, alternative);
        var p = alternative switch
        {
            Alternative.Less => Dist.BinomialCdf(successes, trials, nullProportion),
            Alternative.Greater => Dist.BinomialUpper(successes, trials, nullProportion),
            _ => TwoSidedPValue(successes, trials, nullProportion),
        };

        return new BinomialTestResult(
            successes, trials, nullProportion, alternative, Math.Min(1, p), (double)successes / trials, ci, TwoSidedRelativeTolerance);
    }

    /// <summary>
    /// Two-sided exact p-value by R's rule: Σ P(X = i) over outcomes with P(X = i) ≤ P(X = x)·(1 + 1e-7), capped at 1.
    /// R: <c>binom.test(x, n, p)$p.value</c>.
    /// </summary>
    /// <param name="successes">x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">n ≥ 1.</param>
    /// <param name="nullProportion">p₀ in [0, 1].</param>
    public static double TwoSidedPValue(int successes, int trials, double nullProportion)
    {
        Validate(successes, trials);
        var x = successes;
        var n = trials;
        var p = nullProportion;
        if (!(p >= 0 && p <= 1))
        {
            throw new StatisticsInputException($"nullProportion = {p}: must lie in [0, 1].", nameof(nullProportion));
        }

        if (p == 0)
        {
            return x == 0 ? 1 : 0;
        }

        if (p == 1)
        {
            return x == n ? 1 : 0;
        }

        var threshold = Dist.BinomialPmf(x, n, p) * TwoSidedRelativeTolerance;
        var m = n * p;
        if (x == m)
        {
            return 1;
        }

        double value;
        if (x < m)
        {
            // Outcomes ceil(m)..n: the pmf is non-increasing there; find the first i with pmf(i) ≤ threshold.
            var lo = (int)Math.Ceiling(m);
            var hi = n + 1; // sentinel: none found
            var a = lo;
            var b = n;
            while (a <= b)
            {
                var mid = a + ((b - a) / 2);
                if (Dist.BinomialPmf(mid, n, p) <= threshold)
                {
                    hi = mid;
                    b = mid - 1;
                }
                else
                {
                    a = mid + 1;
                }
            }

            // y = n − hi + 1 outcomes qualify: P(X ≤ x) + P(X ≥ hi).
            value = Dist.BinomialCdf(x, n, p) + Dist.BinomialUpper(hi, n, p);
        }
        else
        {
            // Outcomes 0..floor(m): the pmf is non-decreasing there; find the last i with pmf(i) ≤ threshold.
            var top = (int)Math.Floor(m);
            var last = -1;
            var a = 0;
            var b = top;
            while (a <= b)
            {
                var mid = a + ((b - a) / 2);
                if (Dist.BinomialPmf(mid, n, p) <= threshold)
                {
                    last = mid;
                    a = mid + 1;
                }
                else
                {
                    b = mid - 1;
                }
            }

            value = Dist.BinomialCdf(last, n, p) + Dist.BinomialUpper(x, n, p);
        }

        return Math.Min(1, value);
    }

    private static double LowerLimit(int x, int n, double alpha) => x == 0 ? 0 : Dist.BetaQuantile(alpha, x, n - x + 1);

    private static double UpperLimit(int x, int n, double alpha) => x == n ? 1 : Dist.BetaUpperQuantile(alpha, x + 1, n - x);

    private static void Validate(int successes, int trials)
    {
        if (trials < 1)
        {
            throw new StatisticsInputException($"trials = {trials}: need at least one trial.", nameof(trials));
        }

        if (successes < 0 || successes > trials)
        {
            throw new StatisticsInputException($"successes = {successes}: must lie between 0 and trials = {trials}.", nameof(successes));
        }
    }
}
