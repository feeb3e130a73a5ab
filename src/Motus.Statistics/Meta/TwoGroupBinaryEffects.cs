using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>Log risk ratio and log odds ratio from 2×2 tables, as metafor's escalc (measure "RR", "OR").</summary>
internal static class TwoGroupBinaryEffects
{
    internal static EffectSizes Compute(ReadOnlySpan<int> eventsTreatment, ReadOnlySpan<int> totalTreatment, ReadOnlySpan<int> eventsControl,
        ReadOnlySpan<int> totalControl, EffectMeasure measure, ZeroCellCorrection? correction, bool dropDoubleZero)
    {
        var ai = eventsTreatment;
        var n1i = totalTreatment;
        var ci = eventsControl;
        var n2i = totalControl;
        if (measure is not (EffectMeasure.LogRiskRatio or EffectMeasure.LogOddsRatio))
        {
            throw new StatisticsInputException($"measure = {measure}: two-group binary data support LogRiskRatio and LogOddsRatio.", nameof(measure));
        }

        Guard.SameLength(("eventsTreatment", ai.Length), ("totalTreatment", n1i.Length), ("eventsControl", ci.Length), ("totalControl", n2i.Length));
        EffectSize.NotEmpty(ai.Length, nameof(eventsTreatment));
        correction ??= ZeroCellCorrection.DefaultFor(measure);
        correction.Validate(nameof(correction));
        var k = ai.Length;
        var anyZero = false;
        var dropped = new List<int>();
        var isDropped = new bool[k];
        for (var i = 0; i < k; i++)
        {
            Check(ai[i], n1i[i], i, "eventsTreatment", "totalTreatment");
            Check(ci[i], n2i[i], i, "eventsControl", "totalControl");
            var bi = n1i[i] - ai[i];
            var di = n2i[i] - ci[i];
            if (dropDoubleZero && ((ai[i] == 0 && ci[i] == 0) || (bi == 0 && di == 0)))
            {
                dropped.Add(i);
                isDropped[i] = true;
                continue;
            }

            anyZero |= ai[i] == 0 || bi == 0 || ci[i] == 0 || di == 0;
        }

        var kept = k - dropped.Count;
        var yi = new double[kept];
        var vi = new double[kept];
        var index = new int[kept];
        var sizes = new double[kept];
        var corrected = new List<int>();
        var row = 0;
        for (var i = 0; i < k; i++)
        {
            if (isDropped[i])
            {
                continue;
            }

            double a = ai[i], b = n1i[i] - ai[i], c = ci[i], d = n2i[i] - ci[i];
            if (correction.Applies(a == 0 || b == 0 || c == 0 || d == 0, anyZero))
            {
                a += correction.Add;
                b += correction.Add;
                c += correction.Add;
                d += correction.Add;
                corrected.Add(i);
            }

            double n1 = a + b, n2 = c + d;
            double p1 = a / n1, p2 = c / n2;
            if (measure == EffectMeasure.LogRiskRatio)
            {
                if (a == 0 || c == 0)
                {
                    throw new StatisticsInputException(
                        $"Study {i} has no events in a group: its log risk ratio is infinite; use a zero-cell correction (the default adds 1/2).", nameof(eventsTreatment));
                }

                yi[row] = Math.Log(p1) - Math.Log(p2);
                vi[row] = (1 / a) - (1 / n1) + (1 / c) - (1 / n2);
            }
            else
            {
                if (a == 0 || b == 0 || c == 0 || d == 0)
                {
                    throw new StatisticsInputException(
                        $"Study {i} has a zero cell: its log odds ratio is infinite; use a zero-cell correction (the default adds 1/2).", nameof(eventsTreatment));
                }

                yi[row] = Math.Log(p1 / (1 - p1)) - Math.Log(p2 / (1 - p2));
                vi[row] = (1 / a) + (1 / b) + (1 / c) + (1 / d);
            }

            index[row] = i;
            sizes[row] = (double)n1i[i] + n2i[i];
            row++;
        }

        var warnings = new List<string>();
        for (var r = 0; r < kept; r++)
        {
            if (vi[r] == 0)
            {
                warnings.Add($"Study {index[r]}: sampling variance 0 (all participants had the event in both groups); it cannot be pooled by inverse variance.");
            }
        }

        if (dropped.Count > 0)
        {
            warnings.Add($"Dropped {dropped.Count} double-zero stud{(dropped.Count == 1 ? "y" : "ies")} (input indices {string.Join(", ", dropped)}), as requested by dropDoubleZero.");
        }

        return new EffectSizes(measure, yi, vi, index, [.. corrected], [.. dropped], correction, dropDoubleZero, sizes, warnings);
    }

    private static void Check(int events, int total, int i, string eventsName, string totalName)
    {
        if (total <= 0)
        {
            throw new StatisticsInputException($"{totalName}[{i}] = {total}: every group size must be positive.", totalName);
        }

        if (events < 0 || events > total)
        {
            throw new StatisticsInputException($"{eventsName}[{i}] = {events}: must be between 0 and {totalName}[{i}] = {total}.", eventsName);
        }
    }
}
