namespace Motus.Statistics.Survival;

/// <summary>
/// The robust (sandwich) variance of Lin &amp; Wei (1989), J Am Stat Assoc 84:1074–1078, and the robust score test,
/// as <c>coxph(robust = TRUE)</c> / <c>cluster()</c>: V = DᵀD with D the dfbeta residuals summed within cluster.
/// O(n·p²).
/// </summary>
internal static class CoxRobustVariance
{
    /// <summary>Sandwich variance (p×p, original scale) at β̂; <paramref name="robustScore"/> is the robust score test at β = 0.</summary>
    public static double[] Sandwich(CoxModel model, int[]? clusterLevel, int clusters, out double robustScore, double cholTolerance)
    {
        var eng = model.Engine;
        var n = eng.N;
        var p = model.P;
        int[]? clusterOfSorted = null;
        if (clusterLevel is not null)
        {
            clusterOfSorted = new int[n];
            for (var q = 0; q < n; q++)
            {
                clusterOfSorted[q] = clusterLevel[eng.Original[q]];
            }
        }

        var rec = model.RecordAtFit(false);
        var score = CoxResiduals.Score(eng, rec);
        var dfb = CoxResiduals.DfBeta(eng, score, model.NaiveVariance);
        var robustVar = CoxResiduals.CrossProduct(dfb, n, p, clusterOfSorted, clusters);

        // Robust score test: weighted score residuals at β = 0, summed within cluster.
        var rec0 = new CoxEventRecord(eng.EventTimes, p, n, false);
        eng.Sweep(new double[p], new double[p], new double[p * p], rec0);
        var score0 = CoxResiduals.Score(eng, rec0);
        var u0 = new double[p];
        for (var q = 0; q < n; q++)
        {
            for (var j = 0; j < p; j++)
            {
                score0[(q * p) + j] *= eng.Weight[q];
                u0[j] += score0[(q * p) + j];
            }
        }

        var v0 = CoxResiduals.CrossProduct(score0, n, p, clusterOfSorted, clusters);
        (robustScore, _) = Cholesky2.QuadraticForm(v0, p, u0, cholTolerance);
        return robustVar;
    }
}
