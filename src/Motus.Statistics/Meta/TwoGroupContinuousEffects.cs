using MathNet.Numerics;
using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>Mean difference and Hedges' g, as metafor's escalc (measure "MD", "SMD"; vtype "LS").</summary>
internal static class TwoGroupContinuousEffects
{
    internal static EffectSizes Compute(ReadOnlySpan<double> m1, ReadOnlySpan<double> sd1, ReadOnlySpan<int> n1,
        ReadOnlySpan<double> m2, ReadOnlySpan<double> sd2, ReadOnlySpan<int> n2, EffectMeasure measure)
    {
        if (measure is not (EffectMeasure.MeanDifference or EffectMeasure.StandardizedMeanDifference))
        {
            throw new StatisticsInputException($"measure = {measure}: continuous data support MeanDifference and StandardizedMeanDifference.", nameof(measure));
        }

        Guard.SameLength(("mean1", m1.Length), ("sd1", sd1.Length), ("n1", n1.Length), ("mean2", m2.Length), ("sd2", sd2.Length), ("n2", n2.Length));
        EffectSize.NotEmpty(m1.Length, "mean1");
        Guard.Finite(m1, "mean1");
        Guard.Finite(m2, "mean2");
        Guard.Finite(sd1, "sd1");
        Guard.Finite(sd2, "sd2");
        var k = m1.Length;
        var yi = new double[k];
        var vi = new double[k];
        var sizes = new double[k];
        var warnings = new List<string>();
        for (var i = 0; i < k; i++)
        {
            Positive(n1[i], i, "n1");
            Positive(n2[i], i, "n2");
            NonNegative(sd1[i], i, "sd1");
            NonNegative(sd2[i], i, "sd2");
            double a = n1[i], b = n2[i];
            sizes[i] = a + b;
            if (measure == EffectMeasure.MeanDifference)
            {
                yi[i] = m1[i] - m2[i];
                vi[i] = (sd1[i] * sd1[i] / a) + (sd2[i] * sd2[i] / b);
                if (vi[i] == 0)
                {
                    warnings.Add($"Study {i}: both standard deviations are 0, so the mean difference has sampling variance 0 and cannot be pooled by inverse variance.");
                }

                continue;
            }

            var df = a + b - 2;
            if (df <= 1)
            {
                throw new StatisticsInputException(
                    $"n1[{i}] + n2[{i}] = {a + b}: Hedges' bias correction needs n1 + n2 ≥ 4 (metafor returns NA).", nameof(n1));
            }

            var pooledSd = Math.Sqrt((((a - 1) * sd1[i] * sd1[i]) + ((b - 1) * sd2[i] * sd2[i])) / df);
            if (pooledSd == 0)
            {
                throw new StatisticsInputException($"Study {i}: the pooled standard deviation is 0, so the standardised mean difference is undefined.", nameof(sd1));
            }

            var g = HedgesCorrection(df) * (m1[i] - m2[i]) / pooledSd;
            yi[i] = g;
            vi[i] = (1 / a) + (1 / b) + (g * g / (2 * (a + b)));
        }

        return new EffectSizes(measure, yi, vi, EffectSize.Sequence(k), [], [], null, false, sizes, warnings);
    }

    /// <summary>Exact bias correction c(m) = Γ(m/2)/(√(m/2)·Γ((m − 1)/2)) (Hedges 1981). R: <c>metafor:::.cmicalc(m)</c>.</summary>
    internal static double HedgesCorrection(double m) =>
        Math.Exp(SpecialFunctions.GammaLn(m / 2) - Math.Log(Math.Sqrt(m / 2)) - SpecialFunctions.GammaLn((m - 1) / 2));

    private static void Positive(int n, int i, string name)
    {
        if (n <= 0)
        {
            throw new StatisticsInputException($"{name}[{i}] = {n}: every group size must be positive.", name);
        }
    }

    private static void NonNegative(double sd, int i, string name)
    {
        if (sd < 0)
        {
            throw new StatisticsInputException($"{name}[{i}] = {sd}: a standard deviation cannot be negative.", name);
        }
    }
}
