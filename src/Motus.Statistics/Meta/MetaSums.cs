namespace Motus.Statistics.Meta;

/// <summary>
/// The weighted sums of the intercept-only model at one value of τ², from which every estimator, test and interval is
/// built in O(k). With w = 1/(v + τ²), S = Σw and P = W − wwᵀ/S (metafor's projection matrix):
/// yᵀPy = Q = Σw(y − μ̂)², tr P = S − Σw²/S, tr P² = Σw² − 2Σw³/S + (Σw²)²/S², yᵀP²y = Σw²(y − μ̂)².
/// </summary>
internal readonly record struct MetaSums(double SumW, double SumW2, double SumW3, double Mean, double Q, double SumW2Resid2)
{
    public double TraceP => SumW - (SumW2 / SumW);

    public double TracePP => SumW2 - (2 * SumW3 / SumW) + (SumW2 * SumW2 / (SumW * SumW));

    public static MetaSums At(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        double sw = 0, sw2 = 0, sw3 = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var w2 = w * w;
            sw += w;
            sw2 += w2;
            sw3 += w2 * w;
            swy += w * y[i];
        }

        var mean = swy / sw;
        double q = 0, r2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var r = y[i] - mean;
            var wr2 = w * r * r;
            q += wr2;
            r2 += w * wr2;
        }

        return new MetaSums(sw, sw2, sw3, mean, q, r2);
    }

    /// <summary>Restricted log-likelihood up to a constant: −½Σln(v + τ²) − ½ln Σw − ½Q (only for metafor's boundary check).</summary>
    public static double RestrictedLogLikelihood(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        double logs = 0;
        for (var i = 0; i < v.Length; i++)
        {
            logs += Math.Log(v[i] + tau2);
        }

        var s = At(y, v, tau2);
        return -0.5 * (logs + Math.Log(s.SumW) + s.Q);
    }
}
