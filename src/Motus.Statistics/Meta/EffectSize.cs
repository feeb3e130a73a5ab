using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// Study-level effect sizes and sampling variances, as <c>metafor::escalc()</c> computes them with its defaults
/// (zero-cell correction <c>add = 1/2, to = "only0"</c>, none for Freeman–Tukey; <c>drop00 = FALSE</c>; <c>vtype = "LS"</c>).
/// Values match metafor 3.8-1 to 1e-12 relative (tests assert 1e-10).
/// </summary>
public static class EffectSize
{
    /// <summary>
    /// One-group proportions x/n on the logit, Freeman–Tukey or raw scale. Studies with x = 0 or x = n get the zero-cell
    /// increment on both cells (events and non-events) as <paramref name="correction"/> says; the raw proportion is corrected
    /// too, as in metafor. R: <c>escalc(measure = "PLO" | "PFT" | "PR", xi = events, ni = total, add, to)</c>.
    /// </summary>
    /// <param name="events">Events xᵢ, 0 ≤ xᵢ ≤ nᵢ.</param>
    /// <param name="total">Sample sizes nᵢ &gt; 0.</param>
    /// <param name="measure"><see cref="EffectMeasure.LogitProportion"/>, <see cref="EffectMeasure.FreemanTukeyProportion"/> or <see cref="EffectMeasure.RawProportion"/>.</param>
    /// <param name="correction">Zero-cell correction; null means metafor's default for the measure (<see cref="ZeroCellCorrection.DefaultFor"/>).</param>
    /// <exception cref="StatisticsInputException">Invalid counts, or a logit of 0 or 1 left uncorrected.</exception>
    public static EffectSizes Proportion(ReadOnlySpan<int> events, ReadOnlySpan<int> total, EffectMeasure measure, ZeroCellCorrection? correction = null)
    {
        if (measure is not (EffectMeasure.LogitProportion or EffectMeasure.FreemanTukeyProportion or EffectMeasure.RawProportion))
        {
            throw new StatisticsInputException($"measure = {measure}: proportions support LogitProportion, FreemanTukeyProportion and RawProportion.", nameof(measure));
        }

        Guard.SameLength((nameof(events), events.Length), (nameof(total), total.Length));
        NotEmpty(events.Length, nameof(events));
        correction ??= ZeroCellCorrection.DefaultFor(measure);
        correction.Validate(nameof(correction));
        var k = events.Length;
        var anyZero = false;
        for (var i = 0; i < k; i++)
        {
            if (total[i] <= 0)
            {
                throw new StatisticsInputException($"total[{i}] = {total[i]}: every sample size must be positive.", nameof(total));
            }

            if (events[i] < 0 || events[i] > total[i])
            {
                throw new StatisticsInputException($"events[{i}] = {events[i]}: must be between 0 and total[{i}] = {total[i]}.", nameof(events));
            }

            anyZero |= events[i] == 0 || events[i] == total[i];
        }

        var yi = new double[k];
        var vi = new double[k];
        var sizes = new double[k];
        var corrected = new List<int>();
        var warnings = new List<string>();
        for (var i = 0; i < k; i++)
        {
            double x = events[i], m = total[i] - events[i];
            sizes[i] = total[i];
            if (correction.Applies(x == 0 || m == 0, anyZero))
            {
                x += correction.Add;
                m += correction.Add;
                corrected.Add(i);
            }

            var n = x + m;
            var p = x / n;
            switch (measure)
            {
                case EffectMeasure.LogitProportion:
                    if (x == 0 || m == 0)
                    {
                        throw new StatisticsInputException(
                            $"events[{i}] = {events[i]} of {total[i]}: the logit of a proportion of 0 or 1 is infinite; use a zero-cell correction (the default adds 1/2).",
                            nameof(events));
                    }

                    yi[i] = Math.Log(p / (1 - p));
                    vi[i] = (1 / x) + (1 / m);
                    break;
                case EffectMeasure.FreemanTukeyProportion:
                    yi[i] = 0.5 * (Math.Asin(Math.Sqrt(x / (n + 1))) + Math.Asin(Math.Sqrt((x + 1) / (n + 1))));
                    vi[i] = 1 / ((4 * n) + 2);
                    break;
                default:
                    yi[i] = p;
                    vi[i] = p * (1 - p) / n;
                    if (vi[i] == 0)
                    {
                        warnings.Add($"Study {i}: the raw proportion {events[i]}/{total[i]} has sampling variance 0 and cannot be pooled by inverse variance; " +
                            "use a zero-cell correction or the logit / Freeman–Tukey scale.");
                    }

                    break;
            }
        }

        return new EffectSizes(measure, yi, vi, Sequence(k), [.. corrected], [], correction, false, sizes, warnings);
    }

    /// <summary>
    /// Two-group binary outcomes (a events of n₁ treated, c events of n₂ controls) as a log risk ratio or log odds ratio.
    /// Studies with any zero cell (a, b, c or d) get the increment on all four cells as <paramref name="correction"/> says.
    /// R: <c>escalc(measure = "RR" | "OR", ai, n1i, ci, n2i, add, to, drop00)</c>.
    /// </summary>
    /// <param name="eventsTreatment">Events aᵢ in group 1.</param>
    /// <param name="totalTreatment">Group 1 sizes n₁ᵢ &gt; 0.</param>
    /// <param name="eventsControl">Events cᵢ in group 2.</param>
    /// <param name="totalControl">Group 2 sizes n₂ᵢ &gt; 0.</param>
    /// <param name="measure"><see cref="EffectMeasure.LogRiskRatio"/> or <see cref="EffectMeasure.LogOddsRatio"/>.</param>
    /// <param name="correction">Zero-cell correction; null means metafor's default (<see cref="ZeroCellCorrection.HalfToZeroCellStudies"/>).</param>
    /// <param name="dropDoubleZero">Drop studies with no events in both groups, or only events in both groups. Default false (metafor's <c>drop00 = FALSE</c>).</param>
    /// <exception cref="StatisticsInputException">Invalid counts, or a zero cell left uncorrected.</exception>
    public static EffectSizes TwoGroupBinary(ReadOnlySpan<int> eventsTreatment, ReadOnlySpan<int> totalTreatment, ReadOnlySpan<int> eventsControl,
        ReadOnlySpan<int> totalControl, EffectMeasure measure, ZeroCellCorrection? correction = null, bool dropDoubleZero = false) =>
        TwoGroupBinaryEffects.Compute(eventsTreatment, totalTreatment, eventsControl, totalControl, measure, correction, dropDoubleZero);

    /// <summary>
    /// Two-group continuous outcomes as a raw or standardised mean difference (group 1 minus group 2).
    /// R: <c>escalc(measure = "MD" | "SMD", m1i, sd1i, n1i, m2i, sd2i, n2i)</c> with metafor's default <c>vtype = "LS"</c>.
    /// </summary>
    /// <param name="mean1">Group 1 means.</param>
    /// <param name="sd1">Group 1 standard deviations, ≥ 0.</param>
    /// <param name="n1">Group 1 sizes, &gt; 0.</param>
    /// <param name="mean2">Group 2 means.</param>
    /// <param name="sd2">Group 2 standard deviations, ≥ 0.</param>
    /// <param name="n2">Group 2 sizes, &gt; 0.</param>
    /// <param name="measure"><see cref="EffectMeasure.MeanDifference"/> or <see cref="EffectMeasure.StandardizedMeanDifference"/>.</param>
    /// <exception cref="StatisticsInputException">Invalid inputs; for SMD also n₁ + n₂ ≤ 3 (bias correction undefined) or a pooled SD of 0.</exception>
    public static EffectSizes TwoGroupContinuous(ReadOnlySpan<double> mean1, ReadOnlySpan<double> sd1, ReadOnlySpan<int> n1,
        ReadOnlySpan<double> mean2, ReadOnlySpan<double> sd2, ReadOnlySpan<int> n2, EffectMeasure measure) =>
        TwoGroupContinuousEffects.Compute(mean1, sd1, n1, mean2, sd2, n2, measure);

    internal static void NotEmpty(int length, string name)
    {
        if (length == 0)
        {
            throw new StatisticsInputException($"{name} is empty: at least one study is needed.", name);
        }
    }

    internal static int[] Sequence(int k)
    {
        var index = new int[k];
        for (var i = 0; i < k; i++)
        {
            index[i] = i;
        }

        return index;
    }
}
