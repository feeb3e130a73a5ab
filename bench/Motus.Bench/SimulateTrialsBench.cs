using System.Diagnostics;
using System.Globalization;
using Motus.Simulation.Trials;
using Motus.Statistics.Design;

namespace Motus.Bench;

/// <summary>
/// <c>simulate-trials</c>: the issue 5 speed target, 1,000 simulated two-arm trials of 200 patients (100 + 100) with the LMM
/// slope analysis (no entry criteria, monthly visits to month 12, the generator's informative dropout, 25% slowing). Prints
/// wall-clock seconds, process CPU seconds and the LMM power as a sanity check.
/// </summary>
internal static class SimulateTrialsBench
{
    public static int Run(int trials, int patients, int threads, ulong seed, string? designPath)
    {
        var design = designPath is null ? Default(trials, patients, seed) : Load(designPath) with { Replicates = trials, Seed = seed };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = TrialSimulator.Run(design, threads);
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var lmm = result.Analyses[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trials={design.Replicates} patients_per_trial={design.TotalSize} threads={threads} screened={result.Screened} seconds={clock.Elapsed.TotalSeconds:F2} cpu_seconds={cpuSeconds:F2} trials_per_s={design.Replicates / clock.Elapsed.TotalSeconds:F1} {lmm.RejectionLabel.Replace(' ', '_')}={lmm.RejectionRate.Value:F3} mean_estimate={lmm.MeanEstimate?.Value:F4} failed={lmm.Failed} not_converged={lmm.NotConverged}"));
        return 0;
    }

    private static TrialDesign Load(string path)
    {
        var parsed = TrialDesignReader.Parse(File.ReadAllText(path));
        return parsed.Design ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors));
    }

    internal static TrialDesign Default(int trials, int patients, ulong seed) => new()
    {
        Name = "bench: 2 arms, LMM slope",
        Arms = [new TrialArm("placebo", 1, patients / 2, true), new TrialArm("active", 1, patients - (patients / 2), false)],
        Entry = EntryCriteria.None,
        VisitMonths = [.. Enumerable.Range(0, 13).Select(m => (double)m)],
        JitterDays = 7,
        MissedVisitProbability = 0.05,
        DurationMonths = 12,
        Dropout = new TrialDropout(0.008, true),
        SlopeMultiplier = 0.75,
        HazardRatio = 1,
        Analyses = [new TrialAnalysis(TrialAnalysisKind.LmmSlope)],
        Alpha = 0.05,
        Sidedness = Sidedness.TwoSided,
        Replicates = trials,
        Seed = seed,
    };
}
