using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>The transformations between analysis and natural scales, named as metafor's <c>transf.*</c> functions.</summary>
public static class MetaTransforms
{
    /// <summary>Inverse logit 1/(1 + e^(−x)), computed without overflow for large |x|. R: <c>transf.ilogit(x)</c> (<c>plogis</c>).</summary>
    public static double InverseLogit(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>
    /// Freeman–Tukey double arcsine of a proportion p at sample size n: ½[asin√(pn/(n+1)) + asin√((pn+1)/(n+1))].
    /// R: <c>transf.pft(p, n)</c>.
    /// </summary>
    public static double FreemanTukey(double proportion, double n)
    {
        var x = proportion * n;
        return 0.5 * (Math.Asin(Math.Sqrt(x / (n + 1))) + Math.Asin(Math.Sqrt((x + 1) / (n + 1))));
    }

    /// <summary>
    /// Miller's (1978, Am Stat) inverse of the Freeman–Tukey transform at sample size n:
    /// p = ½[1 − sgn(cos 2t)·√(1 − (sin 2t + (sin 2t − 1/sin 2t)/n)²)], set to 0 below <c>FreemanTukey(0, n)</c> and to 1
    /// above <c>FreemanTukey(1, n)</c>. With n the harmonic mean of the study sizes this is R's <c>transf.ipft.hm(t, targs = list(ni = ni))</c>.
    /// </summary>
    public static double InverseFreemanTukey(double t, double n)
    {
        if (!(n > 0))
        {
            throw new StatisticsInputException($"n = {n}: the sample size must be positive.", nameof(n));
        }

        if (t > FreemanTukey(1, n))
        {
            return 1;
        }

        if (t < FreemanTukey(0, n))
        {
            return 0;
        }

        var s = Math.Sin(2 * t);
        var inner = s + ((s - (1 / s)) / n);
        return 0.5 * (1 - (Math.Sign(Math.Cos(2 * t)) * Math.Sqrt(Math.Max(0, 1 - (inner * inner)))));
    }

    /// <summary>Harmonic mean 1/mean(1/nᵢ) of positive sample sizes. R: <c>1/mean(1/ni)</c>, as inside <c>transf.ipft.hm</c>.</summary>
    public static double HarmonicMean(ReadOnlySpan<double> sampleSizes)
    {
        if (sampleSizes.IsEmpty)
        {
            throw new StatisticsInputException("sampleSizes is empty: the harmonic mean needs at least one sample size.", nameof(sampleSizes));
        }

        double sum = 0;
        for (var i = 0; i < sampleSizes.Length; i++)
        {
            if (!(sampleSizes[i] > 0) || !double.IsFinite(sampleSizes[i]))
            {
                throw new StatisticsInputException($"sampleSizes[{i}] = {sampleSizes[i]}: every sample size must be positive and finite.", nameof(sampleSizes));
            }

            sum += 1 / sampleSizes[i];
        }

        return sampleSizes.Length / sum;
    }
}
