using Motus.Statistics.Distributions;

namespace Motus.Statistics.Survival;

/// <summary>
/// cox.zph (survival ≥ 3.0): one sweep at β̂ records each event time's score U(t) and information V(t); with
/// g̃(t) = g(t) − mean of g over events, the score for the added x·g̃(t) terms is Σ g̃·U and the information blocks
/// are ΣV, Σg̃V, Σg̃²V (R's zph1.c / zph2.c). The test for covariate j uses the block of β plus the one added term.
/// </summary>
internal static class ProportionalHazardsCalculator
{
    public static ProportionalHazardsTest Compute(CoxModel model, TimeTransform transform)
    {
        var eng = model.Engine;
        var p = model.P;
        var rec = model.RecordAtFit(true);
        var m = rec.Count;
        var keep = Enumerable.Range(0, p).Where(j => !model.Aliased[j]).ToArray();
        var k = keep.Length;

        var g = TransformTimes(model, transform, rec.Time.AsSpan(0, m));
        double gsum = 0;
        for (var e = 0; e < m; e++)
        {
            gsum += rec.Deaths[e] * g[e];
        }

        var gbar = gsum / eng.Events;
        var u2 = new double[k];
        var info = new double[2 * k * 2 * k];
        var dim = 2 * k;
        for (var e = 0; e < m; e++)
        {
            var gt = g[e] - gbar;
            for (var a = 0; a < k; a++)
            {
                u2[a] += gt * rec.Score![(e * p) + keep[a]];
                for (var b = 0; b < k; b++)
                {
                    var v = rec.Information![(e * p * p) + (keep[a] * p) + keep[b]];
                    info[(a * dim) + b] += v;
                    info[(a * dim) + k + b] += gt * v;
                    info[((k + a) * dim) + b] += gt * v;
                    info[((k + a) * dim) + k + b] += gt * gt * v;
                }
            }
        }

        var terms = new ChiSquareTest[k];
        var sub = new double[(k + 1) * (k + 1)];
        var vec = new double[k + 1];
        for (var j = 0; j < k; j++)
        {
            for (var a = 0; a <= k; a++)
            {
                var ra = a < k ? a : k + j;
                for (var b = 0; b <= k; b++)
                {
                    var cb = b < k ? b : k + j;
                    sub[(a * (k + 1)) + b] = info[(ra * dim) + cb];
                }

                vec[a] = a < k ? 0 : u2[j];
            }

            var stat = DenseAlgebra.QuadraticFormInverse(sub, k + 1, vec) ?? double.NaN;
            terms[j] = new ChiSquareTest(stat, 1, Dist.ChiSquareUpper(stat, 1));
        }

        var full = new double[dim];
        Array.Copy(u2, 0, full, k, k);
        var gstat = DenseAlgebra.QuadraticFormInverse(info, dim, full) ?? double.NaN;
        var global = new ChiSquareTest(gstat, k, Dist.ChiSquareUpper(gstat, k));

        var (time, x, y) = Residuals(model, rec, g, keep, info, dim);
        return new ProportionalHazardsTest(keep.Select(j => model.Names[j]).ToArray(), terms, global, transform, time, x, y);
    }

    /// <summary>g(t) at each recorded event time.</summary>
    private static double[] TransformTimes(CoxModel model, TimeTransform transform, ReadOnlySpan<double> times)
    {
        var g = new double[times.Length];
        var data = model.Data;
        switch (transform)
        {
            case TimeTransform.Identity:
                times.CopyTo(g);
                break;
            case TimeTransform.Rank:
                var stops = data.ExitArray.ToArray();
                Array.Sort(stops);
                for (var e = 0; e < times.Length; e++)
                {
                    var lo = LowerBound(stops, times[e]);
                    var hi = LowerBound(stops, Math.BitIncrement(times[e]));
                    g[e] = lo + ((hi - lo + 1) / 2.0);
                }

                break;
            default:
                var km = ProductLimit.Compute(data.EntryArray, data.ExitArray, data.EventArray, null);
                for (var e = 0; e < times.Length; e++)
                {
                    // Left-continuous: S at the last curve time strictly before t.
                    var idx = LowerBound(km.Time, times[e]) - 1;
                    g[e] = 1 - (idx >= 0 ? km.Survival[idx] : 1);
                }

                break;
        }

        return g;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>cox.zph's <c>time</c>, <c>x</c> and <c>y</c> (scaled Schoenfeld residuals).</summary>
    private static (double[] Time, double[] X, double[,] Y) Residuals(CoxModel model, CoxEventRecord rec, double[] g, int[] keep,
        double[] info, int dim)
    {
        var eng = model.Engine;
        var p = model.P;
        var k = keep.Length;
        var order = CoxPostFit.EventOrder(eng);
        var raw = CoxPostFit.RawSchoenfeld(eng, rec, order);
        var d = order.Length;

        // used[s, j]: events in stratum s when covariate j varies within the stratum, else 0 (zph1.c).
        var strata = eng.StrataCount;
        var used = new int[strata, k];
        for (var s = 0; s < strata; s++)
        {
            var lo = eng.StratumStart[s];
            var hi = eng.StratumStart[s + 1];
            var events = 0;
            for (var q = lo; q < hi; q++)
            {
                events += eng.Event[q] ? 1 : 0;
            }

            for (var a = 0; a < k; a++)
            {
                var j = keep[a];
                for (var q = lo + 1; q < hi; q++)
                {
                    if (eng.RawX[(q * p) + j] != eng.RawX[(lo * p) + j])
                    {
                        used[s, a] = events;
                        break;
                    }
                }
            }
        }

        // vmean = information (original scale) / Σ_s min(used_i, used_j).
        var vmean = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                double wt = 0;
                for (var s = 0; s < strata; s++)
                {
                    wt += Math.Min(used[s, a], used[s, b]);
                }

                var v = info[(a * dim) + b] / (eng.Scale[keep[a]] * eng.Scale[keep[b]]);
                vmean[(a * k) + b] = v / (wt == 0 ? 1 : wt);
            }
        }

        var y = new double[d, k];
        var time = new double[d];
        var x = new double[d];
        var row = 0;
        for (var s = 0; s < strata; s++)
        {
            var cols = Enumerable.Range(0, k).Where(a => used[s, a] > 0).ToArray();
            var kc = cols.Length;
            var sub = new double[kc * kc];
            for (var a = 0; a < kc; a++)
            {
                for (var b = 0; b < kc; b++)
                {
                    sub[(a * kc) + b] = vmean[(cols[a] * k) + cols[b]];
                }
            }

            var rhs = new double[kc];
            for (; row < d && eng.Stratum[order[row]] == s; row++)
            {
                var q = order[row];
                time[row] = eng.Stop[q];
                x[row] = g[rec.EventOf[q]];
                for (var a = 0; a < k; a++)
                {
                    y[row, a] = double.NaN;
                }

                for (var a = 0; a < kc; a++)
                {
                    rhs[a] = raw[(row * p) + keep[cols[a]]];
                }

                if (kc > 0 && DenseAlgebra.TrySolve(sub, kc, rhs))
                {
                    for (var a = 0; a < kc; a++)
                    {
                        y[row, cols[a]] = rhs[a];
                    }
                }
            }
        }

        for (var i = 0; i < d; i++)
        {
            for (var a = 0; a < k; a++)
            {
                y[i, a] += model.Beta[keep[a]];
            }
        }

        return (time, x, y);
    }
}
