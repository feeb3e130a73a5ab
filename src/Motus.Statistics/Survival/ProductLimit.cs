namespace Motus.Statistics.Survival;

/// <summary>
/// The product-limit (Kaplan–Meier) computation on one set of rows, with risk sets {entry &lt; t ≤ exit}.
/// Shared by <see cref="KaplanMeier"/> and the "km" time transform of the proportional-hazards test.
/// O(n log n): one sort of exit times and one of entry times, then a single pass.
/// </summary>
internal sealed class ProductLimit
{
    private ProductLimit(double[] time, int[] atRisk, int[] events, int[] censored, double[] survival, double[] seLog)
    {
        Time = time;
        AtRisk = atRisk;
        Events = events;
        Censored = censored;
        Survival = survival;
        StdErrLog = seLog;
    }

    public double[] Time { get; }

    public int[] AtRisk { get; }

    public int[] Events { get; }

    public int[] Censored { get; }

    public double[] Survival { get; }

    /// <summary>Greenwood SE of −log S: sqrt(Σ d/(n(n−d))), +∞ once n = d (as survfit's std.err).</summary>
    public double[] StdErrLog { get; }

    /// <summary>Computes the curve for the rows <paramref name="rows"/> (all rows when null).</summary>
    public static ProductLimit Compute(double[]? entry, double[] exit, bool[] evt, int[]? rows)
    {
        var n = rows?.Length ?? exit.Length;
        var stops = new double[n];
        var isEvent = new bool[n];
        for (var k = 0; k < n; k++)
        {
            var i = rows is null ? k : rows[k];
            stops[k] = exit[i];
            isEvent[k] = evt[i];
        }

        Array.Sort(stops, isEvent);
        double[]? starts = null;
        if (entry is not null)
        {
            starts = new double[n];
            for (var k = 0; k < n; k++)
            {
                starts[k] = entry[rows is null ? k : rows[k]];
            }

            Array.Sort(starts);
        }

        var distinct = 0;
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || stops[k] != stops[k - 1])
            {
                distinct++;
            }
        }

        var time = new double[distinct];
        var atRisk = new int[distinct];
        var events = new int[distinct];
        var censored = new int[distinct];
        var survival = new double[distinct];
        var seLog = new double[distinct];

        double s = 1, varLog = 0;
        var startPtr = 0;
        var j = 0;
        for (var k = 0; k < n;)
        {
            var t = stops[k];
            var nStopAtOrAfter = n - k;
            var d = 0;
            var c = 0;
            while (k < n && stops[k] == t)
            {
                if (isEvent[k])
                {
                    d++;
                }
                else
                {
                    c++;
                }

                k++;
            }

            var nr = nStopAtOrAfter;
            if (starts is not null)
            {
                while (startPtr < n && starts[startPtr] < t)
                {
                    startPtr++;
                }

                nr -= n - startPtr;
            }

            if (d > 0)
            {
                s *= (double)(nr - d) / nr;
                varLog = nr == d ? double.PositiveInfinity : varLog + (double)d / ((double)nr * (nr - d));
            }

            time[j] = t;
            atRisk[j] = nr;
            events[j] = d;
            censored[j] = c;
            survival[j] = s;
            seLog[j] = Math.Sqrt(varLog);
            j++;
        }

        return new ProductLimit(time, atRisk, events, censored, survival, seLog);
    }
}
