using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Meta;

/// <summary>The rma.uni computation for the intercept-only model: τ², pooled estimate, test, heterogeneity, prediction.</summary>
internal static class MetaFitter
{
    /// <summary>metafor's <c>evtol</c>: warn when max(v)/min(v) ≥ 1e7.</summary>
    private const double VarianceRatioWarning = 1e7;

    /// <summary>R's <c>.Machine$double.eps</c>, below which metafor treats the Hartung–Knapp residual sum as 0.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    internal static void Validate(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi)
    {
        Guard.SameLength(("yi", yi.Length), ("vi", vi.Length));
        if (yi.Length == 0)
        {
            throw new StatisticsInputException("yi is empty: a meta-analysis needs at least one study.", nameof(yi));
        }

        Guard.Finite(yi, "yi");
        Guard.Finite(vi, "vi");
        for (var i = 0; i < vi.Length; i++)
        {
            if (!(vi[i] > 0))
            {
                throw new StatisticsInputException(
                    $"vi[{i}] = {vi[i]}: every sampling variance must be positive; a study with variance ≤ 0 would get infinite or negative weight " +
                    "(for counts, use a zero-cell correction or the logit/Freeman–Tukey scale).", nameof(vi));
            }
        }
    }

    internal static MetaAnalysisResult Fit(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisOptions options)
    {
        var k = yi.Length;
        var warnings = new List<string>();
        var fixedSums = MetaSums.At(yi, vi, 0);
        if (k == 1)
        {
            return Single(yi[0], vi[0], options, warnings);
        }

        WarnOnVarianceRatio(vi, warnings);
        var scale = Tau2Estimation.TypicalVariance(fixedSums, k);
        var tau2Fit = options.Method switch
        {
            MetaMethod.FixedEffect => new Tau2Estimation.Tau2Fit(0, null, true, 0),
            MetaMethod.DerSimonianLaird => Tau2Estimation.DerSimonianLaird(fixedSums, k, warnings),
            MetaMethod.PauleMandel => Tau2Estimation.PauleMandel(yi, vi, fixedSums, scale, options, warnings),
            _ => Tau2Estimation.Reml(yi, vi, scale, options, warnings),
        };
        var tau2 = tau2Fit.Tau2;
        var sums = tau2 == 0 ? fixedSums : MetaSums.At(yi, vi, tau2);

        var level = options.Level;
        var mu = sums.Mean;
        var se = Math.Sqrt(1 / sums.SumW);
        double? df = null;
        double? factor = null;
        double crit;
        if (options.Test == MetaTest.Z)
        {
            crit = Dist.NormalQuantile(1 - ((1 - level) / 2));
        }
        else
        {
            if (options.Method == MetaMethod.FixedEffect)
            {
                warnings.Add("The Hartung–Knapp method is not meant for the fixed-effect model (metafor warns likewise).");
            }

            // metafor: RSS ≤ machine epsilon counts as exactly 0.
            var q = sums.Q <= MachineEpsilon ? 0 : sums.Q / (k - 1);
            if (options.Test == MetaTest.ModifiedKnappHartung)
            {
                q = Math.Max(1, q);
            }
            else if (q == 0)
            {
                warnings.Add("Hartung–Knapp: the weighted residual variance q is 0 (the estimates agree exactly), so SE = 0 and the interval " +
                    "collapses to a point; the modified Hartung–Knapp test (q* = max(1, q)) avoids this.");
            }

            factor = q;
            se *= Math.Sqrt(q);
            df = k - 1;
            crit = Dist.TQuantile(1 - ((1 - level) / 2), k - 1);
        }

        var (stat, p) = Test(mu, se, df);

        // Heterogeneity, always with the fixed-effect weights.
        var qStat = Math.Max(0, fixedSums.Q);
        var qp = Dist.ChiSquareUpper(qStat, k - 1);
        double i2, h2;
        if (options.Method == MetaMethod.FixedEffect)
        {
            i2 = qStat > 0 ? Math.Max(0, 100 * (qStat - (k - 1)) / qStat) : 0;
            h2 = qStat / (k - 1);
        }
        else
        {
            i2 = 100 * tau2 / (scale + tau2);
            h2 = (tau2 / scale) + 1;
        }

        var prediction = options.Method == MetaMethod.FixedEffect ? null : Predict(mu, se, tau2, k, crit, df, options);
        return new MetaAnalysisResult(options, options.Test, k, mu, se, mu - (crit * se), mu + (crit * se), stat, p, df, factor,
            tau2, tau2Fit.StandardError, Math.Sqrt(tau2), qStat, k - 1, qp, i2, h2, scale, prediction,
            Weights(vi, tau2, sums.SumW), null, new FitDiagnostics(tau2Fit.Converged, tau2Fit.Iterations, warnings));
    }

    private static MetaAnalysisResult Single(double y, double v, MetaAnalysisOptions options, List<string> warnings)
    {
        warnings.Add("k = 1: between-study heterogeneity cannot be estimated (τ² is set to 0; Q, I², H² and the prediction interval are not " +
            "available); the pooled result is the single study.");
        if (options.Test != MetaTest.Z)
        {
            warnings.Add("k = 1: the Hartung–Knapp test needs k ≥ 2 (t with k − 1 = 0 df); the z test is used instead.");
        }

        var se = Math.Sqrt(v);
        var crit = Dist.NormalQuantile(1 - ((1 - options.Level) / 2));
        var (stat, p) = Test(y, se, null);
        return new MetaAnalysisResult(options, MetaTest.Z, 1, y, se, y - (crit * se), y + (crit * se), stat, p, null, null,
            0, null, 0, null, 0, null, null, null, null, null, [100.0], null, new FitDiagnostics(true, 0, warnings));
    }

    private static (double Statistic, double PValue) Test(double mu, double se, double? df)
    {
        if (se == 0)
        {
            // Only reachable under Hartung–Knapp with identical estimates (warned above).
            return mu == 0 ? (0, 1) : (mu > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0);
        }

        var stat = mu / se;
        var p = df is { } d ? Dist.TTwoSided(stat, d) : 2 * Dist.NormalUpper(Math.Abs(stat));
        return (stat, p);
    }

    private static PredictionInterval Predict(double mu, double se, double tau2, int k, double crit, double? df, MetaAnalysisOptions options)
    {
        var piDf = df;
        if (options.PredictionInterval == PredictionIntervalKind.Riley)
        {
            piDf = Math.Max(1, k - 2);
            crit = Dist.TQuantile(1 - ((1 - options.Level) / 2), piDf.Value);
        }

        var half = crit * Math.Sqrt((se * se) + tau2);
        return new PredictionInterval(mu - half, mu + half, piDf, options.PredictionInterval);
    }

    private static double[] Weights(ReadOnlySpan<double> vi, double tau2, double sumW)
    {
        var weights = new double[vi.Length];
        for (var i = 0; i < vi.Length; i++)
        {
            weights[i] = 100 / (vi[i] + tau2) / sumW;
        }

        return weights;
    }

    private static void WarnOnVarianceRatio(ReadOnlySpan<double> vi, List<string> warnings)
    {
        double min = double.MaxValue, max = 0;
        foreach (var v in vi)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (max / min >= VarianceRatioWarning)
        {
            warnings.Add($"The largest sampling variance is {max / min:G3} times the smallest; results may be numerically unstable (metafor warns likewise).");
        }
    }
}
