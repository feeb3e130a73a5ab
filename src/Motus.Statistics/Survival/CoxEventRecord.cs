namespace Motus.Statistics.Survival;

/// <summary>
/// Per event time summaries of one risk-set sweep at a fixed β (internal, centred and scaled covariates), in
/// processing order: stratum ascending, time descending. With d deaths, total death weight W, risk-set sums S0, S1
/// (including the deaths) and death-only sums S0d, S1d, Efron's k-th (k = 0..d−1) partial risk set has
/// S0_k = S0 − (k/d)·S0d, mean m_k = (S1 − (k/d)·S1d)/S0_k and hazard jump h_k = (W/d)/S0_k; Breslow uses one term
/// with h = W/S0. These are the quantities of R's agscore2.c/coxscore2.c, agsurv5.c and coxscho.c.
/// </summary>
internal sealed class CoxEventRecord
{
    public CoxEventRecord(int capacity, int p, int n, bool withScoreAndInformation)
    {
        P = p;
        Time = new double[capacity];
        Stratum = new int[capacity];
        Deaths = new int[capacity];
        DeathWeight = new double[capacity];
        HazardSum = new double[capacity];
        HazardSumDeaths = new double[capacity];
        MeanHazard = new double[capacity * p];
        MeanHazardDeaths = new double[capacity * p];
        MeanOfMeans = new double[capacity * p];
        EventOf = new int[n];
        Eta = new double[n];
        Array.Fill(EventOf, -1);
        if (withScoreAndInformation)
        {
            Score = new double[capacity * p];
            Information = new double[capacity * p * p];
        }
    }

    public int P { get; }

    public int Count { get; set; }

    public double[] Time { get; }

    public int[] Stratum { get; }

    public int[] Deaths { get; }

    public double[] DeathWeight { get; }

    /// <summary>Σ_k h_k: the hazard jump for a subject at risk that is not among the deaths (agscore2's temp1).</summary>
    public double[] HazardSum { get; }

    /// <summary>Σ_k (1 − k/d)·h_k: the hazard jump seen by each of the tied deaths (temp2).</summary>
    public double[] HazardSumDeaths { get; }

    /// <summary>Σ_k m_k·h_k (mh1), p per event time.</summary>
    public double[] MeanHazard { get; }

    /// <summary>Σ_k (1 − k/d)·m_k·h_k (mh2).</summary>
    public double[] MeanHazardDeaths { get; }

    /// <summary>Σ_k m_k / d: the covariate mean subtracted in Schoenfeld residuals (mh3).</summary>
    public double[] MeanOfMeans { get; }

    /// <summary>Linear predictor β·x (internal scale) of each sorted row at the recorded β.</summary>
    public double[] Eta { get; }

    /// <summary>For each sorted row that is an event, the index of its event time; −1 otherwise.</summary>
    public int[] EventOf { get; }

    /// <summary>Score contribution U(t) of each event time (p each); null unless requested.</summary>
    public double[]? Score { get; }

    /// <summary>Information contribution V(t) of each event time (p×p, full); null unless requested.</summary>
    public double[]? Information { get; }

    /// <summary>
    /// Stores event time <paramref name="e"/> from the sweep state just after its death step: the full risk-set sums
    /// (<paramref name="denom"/>, <paramref name="a"/>) and the deaths' sums (<paramref name="denom2"/>, <paramref name="a2"/>).
    /// </summary>
    public void Capture(int e, int s, double dtime, int deaths, double dW, double denom, double denom2, double[] a, double[] a2,
        bool efron, double[]? uSnap, double[]? iSnap, ReadOnlySpan<double> u, ReadOnlySpan<double> imat)
    {
        var p = P;
        Time[e] = dtime;
        Stratum[e] = s;
        Deaths[e] = deaths;
        DeathWeight[e] = dW;
        var mh1 = MeanHazard.AsSpan(e * p, p);
        var mh2 = MeanHazardDeaths.AsSpan(e * p, p);
        var mh3 = MeanOfMeans.AsSpan(e * p, p);
        if (!efron || deaths == 1)
        {
            var h = dW / denom;
            HazardSum[e] = h;
            HazardSumDeaths[e] = h;
            for (var i = 0; i < p; i++)
            {
                var m = a[i] / denom;
                mh1[i] = m * h;
                mh2[i] = m * h;
                mh3[i] = m;
            }
        }
        else
        {
            var meanwt = dW / deaths;
            double t1 = 0, t2 = 0;
            mh1.Clear();
            mh2.Clear();
            mh3.Clear();
            for (var dd = 0; dd < deaths; dd++)
            {
                var downwt = (double)dd / deaths;
                var d2 = denom - (downwt * denom2);
                var h = meanwt / d2;
                t1 += h;
                t2 += (1 - downwt) * h;
                for (var i = 0; i < p; i++)
                {
                    var m = (a[i] - (downwt * a2[i])) / d2;
                    mh1[i] += m * h;
                    mh2[i] += m * (1 - downwt) * h;
                    mh3[i] += m / deaths;
                }
            }

            HazardSum[e] = t1;
            HazardSumDeaths[e] = t2;
        }

        if (uSnap is not null && iSnap is not null && Score is not null && Information is not null)
        {
            for (var i = 0; i < p; i++)
            {
                Score[(e * p) + i] = u[i] - uSnap[i];
                for (var j = 0; j <= i; j++)
                {
                    var v = imat[(i * p) + j] - iSnap[(i * p) + j];
                    Information[(e * p * p) + (i * p) + j] = v;
                    Information[(e * p * p) + (j * p) + i] = v;
                }
            }
        }
    }
}
