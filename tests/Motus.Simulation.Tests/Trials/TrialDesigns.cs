using Motus.Simulation.Trials;
using Motus.Statistics.Design;

namespace Motus.Simulation.Tests.Trials;

internal static class TrialDesigns
{
    /// <summary>A small two-arm design without entry criteria, visits every <paramref name="interval"/> months to month 12.</summary>
    public static TrialDesign Simple(int perArm, double slopeMultiplier, int replicates, ulong seed, double interval = 2, double dropout = 0.008, double missed = 0.05, int jitter = 7,
        TrialAnalysis[]? analyses = null, double hazardRatio = 1) => new()
        {
            Name = "test",
            Arms = [new TrialArm("placebo", 1, perArm, true), new TrialArm("active", 1, perArm, false)],
            Entry = EntryCriteria.None,
            VisitMonths = [.. Enumerable.Range(0, (int)(12 / interval) + 1).Select(k => k * interval)],
            JitterDays = jitter,
            MissedVisitProbability = missed,
            DurationMonths = 12,
            Dropout = new TrialDropout(dropout, true),
            SlopeMultiplier = slopeMultiplier,
            HazardRatio = hazardRatio,
            Analyses = analyses ?? [new TrialAnalysis(TrialAnalysisKind.LmmSlope)],
            Alpha = 0.05,
            Sidedness = Sidedness.TwoSided,
            Replicates = replicates,
            Seed = seed,
            TruthPatientsPerArm = 2000,
        };
}
