namespace Motus.Statistics.Survival;

/// <summary>
/// Score (martingale-score) residuals in O(n·p + n log m) from cumulative sums over event times, the quantity
/// R computes in agscore2.c / coxscore2.c with an O(n·m) double loop; dfbeta and the robust sandwich from them.
/// </summary>
internal static class CoxResiduals
{
    /// <summary>
    /// Score residuals, n×p row-major in the engine's sorted order and on the original covariate scale, for the β
    /// of the last sweep that filled <paramref name="rec"/>.
    /// </summary>
    public static double[] Score(CoxEngine eng, CoxEventRecord rec)
    {
        var n = eng.N;
        var p = eng.P;
        var m = rec.Count;

        // Cumulative sums within stratum from the smallest event time up (records run time-descending).
        var cumT = new double[m + 1];
        var cumM = new double[(m + 1) * p];
        var stratumEnd = new int[eng.StrataCount];
        var stratumBegin = new int[eng.StrataCount];
        Array.Fill(stratumBegin, m);
        Array.Fill(stratumEnd, m);
        for (var e = m - 1; e >= 0; e--)
        {
            var s = rec.Stratum[e];
            var sameNext = e + 1 < m && rec.Stratum[e + 1] == s;
            cumT[e] = rec.HazardSum[e] + (sameNext ? cumT[e + 1] : 0);
            for (var j = 0; j < p; j++)
            {
                cumM[(e * p) + j] = rec.MeanHazard[(e * p) + j] + (sameNext ? cumM[((e + 1) * p) + j] : 0);
            }

            stratumBegin[s] = e;
            if (!sameNext)
            {
                stratumEnd[s] = e + 1;
            }
        }

        var resid = new double[n * p];
        var eta = rec.Eta;
        for (var q = 0; q < n; q++)
        {
            var s = eng.Stratum[q];
            var lo = stratumBegin[s];
            var hi = stratumEnd[s];
            if (lo >= hi)
            {
                continue;
            }

            var eStop = FirstAtOrBelow(rec.Time, lo, hi, eng.Stop[q]);
            var eStart = double.IsNegativeInfinity(eng.Start[q]) ? hi : FirstAtOrBelow(rec.Time, lo, hi, eng.Start[q]);
            var t = (eStop < hi ? cumT[eStop] : 0) - (eStart < hi ? cumT[eStart] : 0);
            var r = Math.Exp(eta[q]);
            var x = eng.X.AsSpan(q * p, p);
            var row = resid.AsSpan(q * p, p);
            for (var j = 0; j < p; j++)
            {
                var mm = (eStop < hi ? cumM[(eStop * p) + j] : 0) - (eStart < hi ? cumM[(eStart * p) + j] : 0);
                row[j] = -r * ((x[j] * t) - mm);
            }

            if (eng.Event[q])
            {
                var e = rec.EventOf[q];
                var dt = rec.HazardSum[e] - rec.HazardSumDeaths[e];
                for (var j = 0; j < p; j++)
                {
                    var dm = rec.MeanHazard[(e * p) + j] - rec.MeanHazardDeaths[(e * p) + j];
                    row[j] += x[j] - rec.MeanOfMeans[(e * p) + j] + (r * ((x[j] * dt) - dm));
                }
            }

            for (var j = 0; j < p; j++)
            {
                row[j] /= eng.Scale[j];
            }
        }

        return resid;
    }

    /// <summary>First index in [lo, hi) of a descending array with value ≤ t (hi when none).</summary>
    private static int FirstAtOrBelow(double[] desc, int lo, int hi, double t)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (desc[mid] <= t)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>dfbeta = w·(score residual)·V, n×p sorted order.</summary>
    public static double[] DfBeta(CoxEngine eng, double[] score, double[] variance)
    {
        var n = eng.N;
        var p = eng.P;
        var d = new double[n * p];
        for (var q = 0; q < n; q++)
        {
            var w = eng.Weight[q];
            for (var j = 0; j < p; j++)
            {
                double s = 0;
                for (var k = 0; k < p; k++)
                {
                    s += score[(q * p) + k] * variance[(k * p) + j];
                }

                d[(q * p) + j] = s * w;
            }
        }

        return d;
    }

    /// <summary>Σ over clusters of (Σ rows in cluster)(Σ rows in cluster)ᵀ: the sandwich D′D. Cluster per sorted row, or null for one per row.</summary>
    public static double[] CrossProduct(double[] rows, int n, int p, int[]? clusterOfSorted, int clusters)
    {
        var v = new double[p * p];
        if (clusterOfSorted is null)
        {
            for (var q = 0; q < n; q++)
            {
                AddOuter(v, rows.AsSpan(q * p, p), p);
            }

            return v;
        }

        var sums = new double[clusters * p];
        for (var q = 0; q < n; q++)
        {
            var c = clusterOfSorted[q];
            for (var j = 0; j < p; j++)
            {
                sums[(c * p) + j] += rows[(q * p) + j];
            }
        }

        for (var c = 0; c < clusters; c++)
        {
            AddOuter(v, sums.AsSpan(c * p, p), p);
        }

        return v;
    }

    private static void AddOuter(double[] v, ReadOnlySpan<double> r, int p)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                v[(i * p) + j] += r[i] * r[j];
            }
        }
    }
}
