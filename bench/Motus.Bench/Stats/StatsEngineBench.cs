using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Motus.Application.Stats;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;
using Motus.Statistics.Survival;

namespace Motus.Bench.Stats;

/// <summary>
/// <c>stats-engine</c>: times the benchmark fits inside the engine on <c>patients.csv</c> and <c>alsfrs.csv</c>, the same
/// fits as <c>bench/r/stats-bench.R</c>: reading the files is not timed; each fit runs once to warm up, then
/// <c>repeats</c> times after a full garbage collection (as R's <c>system.time(gcFirst = TRUE)</c>), and the best
/// wall time is kept. Writes JSON: seconds per fit, the process's peak working set, and the estimates that
/// <c>stats-report</c> compares with R's.
/// </summary>
internal static class StatsEngineBench
{
    /// <summary>Survival times at which both sides report the Kaplan–Meier estimate, months.</summary>
    public static readonly double[] KmTimes = [6, 12, 18];

    private static readonly string[] CoxNames = ["arm", "age", "onset_bulbar", "delta_fs"];

    public static int Run(string dir, int repeats, string? outFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var patients = CsvColumns.Load(Path.Combine(dir, "patients.csv"));
        var alsfrs = CsvColumns.Load(Path.Combine(dir, "alsfrs.csv"));

        var time = patients.Numbers("time");
        var status = patients.Numbers("event").Select(v => (int)v).ToArray();
        var arm = patients.Numbers("arm").Select(v => (int)v).ToArray();
        var x = new double[patients.RowCount, CoxNames.Length];
        for (var j = 0; j < CoxNames.Length; j++)
        {
            var column = patients.Numbers(CoxNames[j]);
            for (var i = 0; i < column.Length; i++)
            {
                x[i, j] = column[i];
            }
        }

        var id = alsfrs.Numbers("id").Select(v => (int)v).ToArray();
        var months = alsfrs.Numbers("months");
        var total = alsfrs.Numbers("total");
        var visitArm = alsfrs.Numbers("arm");
        var monthsByArm = months.Select((m, i) => m * visitArm[i]).ToArray();

        var estimates = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);

        // Survival data are built inside each timed fit: R's Surv() is part of its timed expression too.
        seconds["km"] = Time(repeats, () =>
        {
            var surv = SurvivalData.RightCensored(time, status);
            return (KaplanMeier.Fit(surv, arm), LogRank.Test(surv, arm));
        }, r => Km(r.Item1, r.Item2, estimates));

        seconds["cox"] = Time(repeats, () => CoxRegression.Fit(SurvivalData.RightCensored(time, status), x, CoxNames),
            fit => Cox("cox", fit, estimates));

        seconds["coxRobust"] = Time(repeats,
            () => CoxRegression.Fit(SurvivalData.RightCensored(time, status), x, CoxNames, options: new CoxOptions { Robust = true }),
            fit => Cox("coxRobust", fit, estimates));

        seconds["lmm"] = Time(repeats, () => LinearMixedModel.Fit(total,
            DesignMatrix.FromColumns(("months", months), ("arm", visitArm), ("months:arm", monthsByArm)), id,
            RandomEffectsTerm.InterceptAndSlope(months, "months")), fit => Lmm(fit, estimates));

        seconds["slopes"] = Time(repeats, () => GroupSlopes.Fit(id, months, total), fit =>
        {
            estimates["slopes.slope"] = [.. fit.Groups.Select(g => g.Slope)];
            estimates["slopes.se"] = [.. fit.Groups.Select(g => g.StandardError)];
        });

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var report = new
        {
            engine = "Motus",
            runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            n = patients.RowCount,
            rows = alsfrs.RowCount,
            events = status.Sum(),
            repeats,
            seconds,
            peakWorkingSetMiB = process.PeakWorkingSet64 / (1024.0 * 1024.0),
            estimates,
        };
        var json = JsonSerializer.Serialize(report);
        if (outFile is null)
        {
            Console.WriteLine(json);
        }
        else
        {
            File.WriteAllText(outFile, json);
            Console.WriteLine(string.Join("  ", seconds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value:F3}s"))) +
                string.Create(CultureInfo.InvariantCulture, $"  peak={report.peakWorkingSetMiB:F0} MiB"));
        }

        return 0;
    }

    /// <summary>Warm-up run (its result feeds <paramref name="record"/>), then the best of <paramref name="repeats"/> timed runs.</summary>
    private static double Time<T>(int repeats, Func<T> fit, Action<T> record)
    {
        record(fit());
        var best = double.PositiveInfinity;
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(fit());
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Km(KaplanMeierResult km, LogRankResult logRank, Dictionary<string, double?[]> estimates)
    {
        var curves = km.Curves.OrderBy(c => c.Group).ToList();
        estimates["km.median"] = [.. curves.Select(c => c.Median().Estimate)];
        estimates["km.surv"] = [.. curves.SelectMany(c => KmTimes.Select(t => (double?)SurvivalAt(c, t)))];
        estimates["logrank.chisq"] = [logRank.ChiSquare];
    }

    private static double SurvivalAt(KaplanMeierCurve curve, double t)
    {
        var s = 1.0;
        for (var i = 0; i < curve.Time.Length && curve.Time[i] <= t; i++)
        {
            s = curve.Survival[i];
        }

        return s;
    }

    private static void Cox(string name, CoxFit fit, Dictionary<string, double?[]> estimates)
    {
        estimates[$"{name}.coef"] = [.. fit.Coefficients.Select(c => c.Estimate)];
        estimates[$"{name}.se"] = [.. fit.Coefficients.Select(c => c.RobustStdErr ?? c.StdErr)];
        estimates[$"{name}.loglik"] = [fit.LogLikelihood];
    }

    private static void Lmm(LinearMixedModelResult<int> fit, Dictionary<string, double?[]> estimates)
    {
        var vc = fit.VarianceComponents;
        estimates["lmm.beta"] = [.. fit.FixedEffects.Select(f => f.Estimate)];
        estimates["lmm.se"] = [.. fit.FixedEffects.Select(f => f.StandardError)];
        estimates["lmm.sd"] = [vc.InterceptSd, vc.SlopeSd, vc.Correlation, vc.ResidualSd];
        estimates["lmm.reml"] = [fit.RemlCriterion];
    }
}
