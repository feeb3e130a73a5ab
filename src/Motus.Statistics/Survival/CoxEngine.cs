namespace Motus.Statistics.Survival;

/// <summary>
/// Sorted, centred and scaled data for the Cox partial likelihood and the risk-set sweep that evaluates it.
/// Rows are sorted once by (stratum ↑, exit ↓); a second order (stratum ↑, entry ↓) removes rows whose
/// entry time reaches the current event time. One sweep is O(n·p²), the algorithm of R's coxfit6.c / agfit4.c.
/// </summary>
internal sealed partial class CoxEngine
{
    private readonly double[] _eta;
    private readonly double[] _risk;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[] _cmat;
    private readonly double[] _cmat2;
    private readonly Lock _gate = new();

    private CoxEngine(int n, int p, int strata)
    {
        N = n;
        P = p;
        StrataCount = strata;
        Start = new double[n];
        Stop = new double[n];
        Event = new bool[n];
        Weight = new double[n];
        Stratum = new int[n];
        Original = new int[n];
        X = new double[n * p];
        RawX = new double[n * p];
        Center = new double[p];
        Scale = new double[p];
        StratumStart = new int[strata + 1];
        _eta = new double[n];
        _risk = new double[n];
        _a = new double[p];
        _a2 = new double[p];
        _cmat = new double[p * p];
        _cmat2 = new double[p * p];
    }

    public int N { get; }

    public int P { get; }

    public int StrataCount { get; }

    public bool Counting { get; private set; }

    public bool Efron { get; private set; }

    public double[] Start { get; }

    public double[] Stop { get; }

    public bool[] Event { get; }

    public double[] Weight { get; }

    public int[] Stratum { get; }

    /// <summary>Original row index of each sorted row.</summary>
    public int[] Original { get; }

    /// <summary>Centred and scaled covariates, row-major in sorted order.</summary>
    public double[] X { get; }

    /// <summary>Covariates as given, row-major in sorted order.</summary>
    public double[] RawX { get; }

    public double[] Center { get; }

    /// <summary>Multiplier applied after centring: Σw / Σw|x − centre| (1 for a constant column), as coxfit6.c.</summary>
    public double[] Scale { get; }

    public int[] StratumStart { get; }

    /// <summary>Sorted-row positions ordered by (stratum ↑, entry ↓); empty for right-censored data.</summary>
    public int[] StartOrder { get; private set; } = [];

    public int EventTimes { get; private set; }

    public int Events { get; private set; }

    public static CoxEngine Create(SurvivalData data, double[,] x, int[] stratumLevel, int strata, double[] weights, bool efron)
    {
        var n = data.Count;
        var p = x.GetLength(1);
        var e = new CoxEngine(n, p, strata) { Counting = data.IsCountingProcess, Efron = efron };
        var exit = data.ExitArray;

        // Sort by (stratum ↑, exit ↓): a stable counting sort on stratum, then a key sort within each stratum.
        var order = new int[n];
        var offsets = new int[strata + 1];
        foreach (var s in stratumLevel)
        {
            offsets[s + 1]++;
        }

        for (var s = 0; s < strata; s++)
        {
            offsets[s + 1] += offsets[s];
        }

        var fill = (int[])offsets.Clone();
        for (var i = 0; i < n; i++)
        {
            order[fill[stratumLevel[i]]++] = i;
        }

        var keys = new double[n];
        for (var k = 0; k < n; k++)
        {
            keys[k] = -exit[order[k]];
        }

        for (var s = 0; s < strata; s++)
        {
            Array.Sort(keys, order, offsets[s], offsets[s + 1] - offsets[s]);
        }

        var entry = data.EntryArray;
        var evt = data.EventArray;
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            e.Original[k] = i;
            e.Stop[k] = exit[i];
            e.Start[k] = entry is null ? double.NegativeInfinity : entry[i];
            e.Event[k] = evt[i];
            e.Weight[k] = weights[i];
            e.Stratum[k] = stratumLevel[i];
            for (var j = 0; j < p; j++)
            {
                e.RawX[(k * p) + j] = x[i, j];
            }

            e.StratumStart[stratumLevel[i] + 1]++;
        }

        for (var s = 0; s < strata; s++)
        {
            e.StratumStart[s + 1] += e.StratumStart[s];
        }

        if (e.Counting)
        {
            // Positions ordered by (stratum ↑, entry ↓); sorted rows are already grouped by stratum.
            var so = new int[n];
            var startKeys = new double[n];
            for (var k = 0; k < n; k++)
            {
                so[k] = k;
                startKeys[k] = -e.Start[k];
            }

            for (var s = 0; s < strata; s++)
            {
                Array.Sort(startKeys, so, e.StratumStart[s], e.StratumStart[s + 1] - e.StratumStart[s]);
            }

            e.StartOrder = so;
        }

        e.CenterAndScale();
        e.CountEventTimes();
        return e;
    }

    private void CenterAndScale()
    {
        double wsum = 0;
        for (var k = 0; k < N; k++)
        {
            wsum += Weight[k];
        }

        for (var j = 0; j < P; j++)
        {
            double m = 0;
            for (var k = 0; k < N; k++)
            {
                m += Weight[k] * RawX[(k * P) + j];
            }

            m /= wsum;
            double mad = 0;
            for (var k = 0; k < N; k++)
            {
                mad += Weight[k] * Math.Abs(RawX[(k * P) + j] - m);
            }

            var scale = mad > 0 ? wsum / mad : 1.0;
            Center[j] = m;
            Scale[j] = scale;
            for (var k = 0; k < N; k++)
            {
                X[(k * P) + j] = (RawX[(k * P) + j] - m) * scale;
            }
        }
    }

    private void CountEventTimes()
    {
        var count = 0;
        var events = 0;
        var lastStratum = -1;
        var lastTime = double.NaN;
        for (var k = 0; k < N; k++)
        {
            if (!Event[k])
            {
                continue;
            }

            events++;
            if (Stratum[k] != lastStratum || Stop[k] != lastTime)
            {
                count++;
                lastStratum = Stratum[k];
                lastTime = Stop[k];
            }
        }

        EventTimes = count;
        Events = events;
    }
}
