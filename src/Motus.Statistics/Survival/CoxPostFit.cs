namespace Motus.Statistics.Survival;

/// <summary>Baseline hazard and residuals of a fitted Cox model (see the <see cref="CoxFit"/> methods for definitions).</summary>
internal static class CoxPostFit
{
    public static BaselineCumulativeHazard BaselineHazard(CoxModel model, bool centered)
    {
        var eng = model.Engine;
        var rec = model.RecordAtFit(false);
        var p = model.P;

        // Engine risk scores are exp(β·(x − centre)); coxph's are exp(β·(x − means)): rescale the denominators.
        double shift = 0, center = 0;
        for (var j = 0; j < p; j++)
        {
            shift += model.Beta[j] * (eng.Center[j] - model.Means[j]);
            center += model.Beta[j] * model.Means[j];
        }

        var factor = Math.Exp(-shift) * (centered ? 1 : Math.Exp(-center));
        var times = new List<double>();
        var hazard = new List<double>();
        var strata = new List<int>();

        // Records run (stratum ↑, time ↓); find each stratum's block.
        var recEnd = new int[eng.StrataCount];
        for (var r = 0; r < rec.Count; r++)
        {
            recEnd[rec.Stratum[r]] = r + 1;
        }

        for (var s = 0; s < eng.StrataCount; s++)
        {
            var recBegin = s == 0 ? 0 : recEnd[s - 1];
            recEnd[s] = Math.Max(recEnd[s], recBegin);
            var e = recEnd[s] - 1;
            double cum = 0;
            for (var q = eng.StratumStart[s + 1] - 1; q >= eng.StratumStart[s]; q--)
            {
                var t = eng.Stop[q];
                if (q < eng.StratumStart[s + 1] - 1 && eng.Stop[q + 1] == t)
                {
                    continue;
                }

                while (e >= recBegin && rec.Time[e] < t)
                {
                    e--;
                }

                if (e >= recBegin && rec.Time[e] == t)
                {
                    cum += rec.HazardSum[e] * factor;
                }

                times.Add(t);
                hazard.Add(cum);
                strata.Add(model.StrataCodes[s]);
            }
        }

        return new BaselineCumulativeHazard(times.ToArray(), hazard.ToArray(), model.Stratified ? strata.ToArray() : null, centered);
    }

    /// <summary>Events as (sorted position) ordered by stratum, time, input row.</summary>
    public static int[] EventOrder(CoxEngine eng)
    {
        var list = new List<int>(eng.Events);
        for (var q = 0; q < eng.N; q++)
        {
            if (eng.Event[q])
            {
                list.Add(q);
            }
        }

        var arr = list.ToArray();
        Array.Sort(arr, (a, b) =>
        {
            var c = eng.Stratum[a].CompareTo(eng.Stratum[b]);
            if (c != 0)
            {
                return c;
            }

            c = eng.Stop[a].CompareTo(eng.Stop[b]);
            return c != 0 ? c : eng.Original[a].CompareTo(eng.Original[b]);
        });
        return arr;
    }

    /// <summary>Raw Schoenfeld residuals, events × p on the original scale, rows as <see cref="EventOrder"/>.</summary>
    public static double[] RawSchoenfeld(CoxEngine eng, CoxEventRecord rec, int[] order)
    {
        var p = eng.P;
        var r = new double[order.Length * p];
        for (var i = 0; i < order.Length; i++)
        {
            var q = order[i];
            var e = rec.EventOf[q];
            for (var j = 0; j < p; j++)
            {
                r[(i * p) + j] = (eng.X[(q * p) + j] - rec.MeanOfMeans[(e * p) + j]) / eng.Scale[j];
            }
        }

        return r;
    }

    public static CoxSchoenfeldResiduals Schoenfeld(CoxModel model, bool scaled)
    {
        var eng = model.Engine;
        var p = model.P;
        var rec = model.RecordAtFit(false);
        var order = EventOrder(eng);
        var raw = RawSchoenfeld(eng, rec, order);
        var d = order.Length;
        var result = new double[d, p];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < p; j++)
            {
                if (!scaled)
                {
                    result[i, j] = raw[(i * p) + j];
                    continue;
                }

                double s = 0;
                for (var k = 0; k < p; k++)
                {
                    s += raw[(i * p) + k] * model.NaiveVariance[(k * p) + j];
                }

                result[i, j] = (s * d) + model.Beta[j];
            }
        }

        var time = new double[d];
        var row = new int[d];
        for (var i = 0; i < d; i++)
        {
            time[i] = eng.Stop[order[i]];
            row[i] = eng.Original[order[i]];
        }

        return new CoxSchoenfeldResiduals(time, row, result, scaled);
    }

    public static double[,] ScoreResiduals(CoxModel model, bool dfbeta)
    {
        var eng = model.Engine;
        var p = model.P;
        var rec = model.RecordAtFit(false);
        var score = CoxResiduals.Score(eng, rec);
        if (dfbeta)
        {
            score = CoxResiduals.DfBeta(eng, score, model.NaiveVariance);
        }

        var result = new double[eng.N, p];
        for (var q = 0; q < eng.N; q++)
        {
            var i = eng.Original[q];
            for (var j = 0; j < p; j++)
            {
                result[i, j] = score[(q * p) + j];
            }
        }

        return result;
    }
}
