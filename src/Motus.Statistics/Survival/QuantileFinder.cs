namespace Motus.Statistics.Survival;

/// <summary>
/// Reads quantiles off a step function the way R's <c>survival:::findq</c> (used by <c>quantile.survfit</c>) does:
/// the first time the curve reaches 1 − p (within a tolerance of √ε); when S(t) equals 1 − p exactly on an interval
/// the quantile is the midpoint of that interval, and when the curve ends exactly at 1 − p it is the midpoint
/// between the time it got there and the last time on the curve.
/// </summary>
internal static class QuantileFinder
{
    private static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    /// <summary>
    /// Quantile p (0 &lt; p &lt; 1) for a curve with values <paramref name="surv"/> (NaN = R's NA) at <paramref name="time"/>,
    /// starting from S = 1 at <paramref name="firstTime"/>. Null when not reached.
    /// </summary>
    public static double? Find(double p, double firstTime, ReadOnlySpan<double> time, ReadOnlySpan<double> surv)
    {
        // x = c(firstx, time), y = c(0, 1 - surv); then drop duplicated y (keeping the first), as findq does.
        var n0 = time.Length + 1;
        var xs = new double[n0];
        var ys = new double[n0];
        var m = 0;
        var seen = new HashSet<double>();
        var maxY = double.NegativeInfinity;
        for (var i = 0; i < n0; i++)
        {
            var x = i == 0 ? firstTime : time[i - 1];
            var y = i == 0 ? 0 : 1 - surv[i - 1];
            if (!double.IsNaN(y) && y > maxY)
            {
                maxY = y;
            }

            if (seen.Add(y))
            {
                xs[m] = x;
                ys[m] = y;
                m++;
            }
        }

        if (maxY < p)
        {
            return null;
        }

        var xmax = n0 == 1 ? firstTime : time[^1];
        var i1 = ApproxConstantUpper(ys, m, Tolerance, p);
        var i2 = ApproxConstantUpper(ys, m, -Tolerance, p);
        var last = ys[m - 1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tolerance)
        {
            return i1 is int a ? (xs[a] + xmax) / 2 : null;
        }

        if (i1 is int j1 && i2 is int j2)
        {
            return (xs[j1] + xs[j2]) / 2;
        }

        return null;
    }

    /// <summary>
    /// R's <c>approx(y + shift, seq_along(y), p, method = "constant", f = 1)</c> on the non-NA points: the index of
    /// the first point whose shifted value is ≥ p (exact ties return that point), null outside the range.
    /// </summary>
    private static int? ApproxConstantUpper(double[] ys, int m, double shift, double p)
    {
        // Points sorted by value (stable), NA dropped — what regularize.values does inside approx.
        var idx = new List<int>(m);
        for (var k = 0; k < m; k++)
        {
            if (!double.IsNaN(ys[k]))
            {
                idx.Add(k);
            }
        }

        idx.Sort((a, b) => ys[a] != ys[b] ? ys[a].CompareTo(ys[b]) : a.CompareTo(b));
        var count = idx.Count;
        if (count == 0)
        {
            return null;
        }

        double V(int k) => ys[idx[k]] + shift;
        if (p < V(0) || p > V(count - 1))
        {
            return null;
        }

        int lo = 0, hi = count - 1;
        while (lo < hi - 1)
        {
            var mid = (lo + hi) / 2;
            if (p < V(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        if (p == V(hi))
        {
            return idx[hi];
        }

        if (p == V(lo))
        {
            return idx[lo];
        }

        return idx[hi];
    }
}
