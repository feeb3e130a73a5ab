using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;
using Motus.Statistics.Survival;

namespace Motus.Bench.Stats;

/// <summary>
/// <c>stats-engine</c>: times the benchmark fits inside the engine on <c>patients.csv</c> and <c>alsfrs.csv</c>, the same
/// fits as <c>bench/r/stats-bench.R</c>: reading the files is not timed; each fit is warmed up (see <see cref="Time"/>),
/// then timed after a full garbage collection (as R's <c>system.time(gcFirst = TRUE)</c>), and the best wall and CPU times
/// are kept. Writes JSON: seconds per fit, the process's peak working set, and the estimates that <c>stats-report</c>
/// compares with R's.
/// </summary>
internal static class StatsEngineBench
{
    /// <summary>Survival times at which both sides report the Kaplan–Meier estimate, months (R: summary(fit, times = …)).</summary>
    private static readonly double[] KmTimes = [6, 12, 18];

    private static readonly string[] CoxNames = ["arm", "age", "onset_bulbar", "delta_fs"];

    /// <summary>Warm-up budget per fit (see <see cref="Time"/>).</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    private const int MaxWarmUpRuns = 1000;

    /// <summary>Timed runs continue past <c>repeats</c> until they have taken this long (or <see cref="MaxRuns"/>).</summary>
    private static readonly TimeSpan MinTimed = TimeSpan.FromSeconds(2);

    private const int MaxRuns = 50;

    public static int Run(string dir, int repeats, string? outFile, string? fits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var patients = NumericCsv.Read(Path.Combine(dir, "patients.csv"), ["time", "event", .. CoxNames]);
        var alsfrs = NumericCsv.Read(Path.Combine(dir, "alsfrs.csv"), "id", "months", "total", "arm");

        var time = patients["time"];
        var status = patients["event"].Select(v => (int)v).ToArray();
        var arm = patients["arm"].Select(v => (int)v).ToArray();
        var x = new double[time.Length, CoxNames.Length];
        for (var j = 0; j < CoxNames.Length; j++)
        {
            var column = patients[CoxNames[j]];
            for (var i = 0; i < column.Length; i++)
            {
                x[i, j] = column[i];
            }
        }

        var id = alsfrs["id"].Select(v => (int)v).ToArray();
        var months = alsfrs["months"];
        var total = alsfrs["total"];
        var visitArm = alsfrs["arm"];
        var monthsByArm = months.Select((m, i) => m * visitArm[i]).ToArray();

        // --fits km,cox,... runs a subset (for profiling); the recorded benchmark runs all five.
        var only = fits?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var estimates = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        var cpuSeconds = new Dictionary<string, double>(StringComparer.Ordinal);
        void Bench<T>(string name, Func<T> fit, Action<T> record)
        {
            if (only is null || only.Contains(name))
            {
                (seconds[name], cpuSeconds[name]) = Time(repeats, fit, record);

                // Between fits, hand the freed heap back to the OS (R's gc() between its fits frees its heap too); the
                // peak then reflects the largest single fit on top of the data, not leftovers of earlier fits.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        // Survival data are built inside each timed fit: R's Surv() is part of its timed expression too.
        Bench("km", () =>
        {
            var surv = SurvivalData.RightCensored(time, status);
            return (KaplanMeier.Fit(surv, arm), LogRank.Test(surv, arm));
        }, r => Km(r.Item1, r.Item2, estimates));

        Bench("cox", () => CoxRegression.Fit(SurvivalData.RightCensored(time, status), x, CoxNames), fit => Cox("cox", fit, estimates));

        Bench("coxRobust", () => CoxRegression.Fit(SurvivalData.RightCensored(time, status), x, CoxNames, options: new CoxOptions { Robust = true }),
            fit => Cox("coxRobust", fit, estimates));

        Bench("lmm", () => LinearMixedModel.Fit(total,
            DesignMatrix.FromColumns(("months", months), ("arm", visitArm), ("months:arm", monthsByArm)), id,
            RandomEffectsTerm.InterceptAndSlope(months, "months")), fit => Lmm(fit, estimates));

        Bench("slopes", () => GroupSlopes.Fit(id, months, total), fit =>
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
            n = time.Length,
            rows = id.Length,
            events = status.Sum(),
            repeats,
            seconds,
            cpuSeconds,
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
            Console.WriteLine(string.Join("  ", seconds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value:F3}s (cpu {cpuSeconds[kv.Key]:F3})"))) +
                string.Create(CultureInfo.InvariantCulture, $"  peak={report.peakWorkingSetMiB:F0} MiB"));
        }

        return 0;
    }

    /// <summary>
    /// Warm-up (the first run's result feeds <paramref name="record"/>), then the best of at least <paramref name="repeats"/>
    /// timed runs, more while they have taken less than <see cref="MinTimed"/> (at most <see cref="MaxRuns"/>; the same
    /// rule as bench/r/stats-bench.R, so a short fit is not judged on three runs that a loaded machine happened to
    /// interrupt): wall time, and the process's CPU time (user + system, as R's system.time), which a loaded machine disturbs
    /// less. The warm-up repeats the fit until it has taken <see cref="WarmUp"/> or <see cref="MaxWarmUpRuns"/> runs:
    /// .NET's tiered JIT first runs unoptimised code and re-compiles hot methods after about 30 calls, so one warm-up
    /// run would time tier-0 code at small N (R's byte-code compiler has no such phase).
    /// </summary>
    private static (double Wall, double Cpu) Time<T>(int repeats, Func<T> fit, Action<T> record)
    {
        var warm = Stopwatch.StartNew();
        record(fit());
        for (var w = 1; w < MaxWarmUpRuns && warm.Elapsed < WarmUp; w++)
        {
            GC.KeepAlive(fit());
            GC.Collect(); // keep the heap (and so the peak working set) at one fit's worth of garbage
        }

        var best = double.PositiveInfinity;
        var bestCpu = double.PositiveInfinity;
        using var process = Process.GetCurrentProcess();
        var timed = Stopwatch.StartNew();
        for (var r = 0; r < MaxRuns && (r < repeats || timed.Elapsed < MinTimed); r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(fit());
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        return (best, bestCpu);
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
