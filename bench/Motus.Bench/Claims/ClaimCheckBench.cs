using System.Diagnostics;
using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;

namespace Motus.Bench.Claims;

/// <summary>
/// Claim-check speed: simulated untreated patients per second (the inner loop of the null calibration) on one thread
/// and on all cores, for the §3.4 scenario B schedule (monthly −3..0 and 0..6, shared baseline: 10 assessments per
/// patient), and the wall time of a full default <c>motus claim check</c> of the worked example.
/// </summary>
internal static class ClaimCheckBench
{
    public static int Run(int patients, int repeats)
    {
        var model = new LinearGaussianTrajectoryModel(-1, 0.6, 1.6);
        var schedule = new PrePostSchedule([-3, -2, -1, 0], [0, 1, 2, 3, 4, 5, 6], BaselineSharing.Shared);
        var definition = new ResponderDefinition(ResponderCriterion.RelativeSlowing, 0.25);
        ClaimSimulator.SimulatePatients(model, schedule, EntryRule.Everyone, definition, 100_000, 1, 1); // warm-up
        foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            var best = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                ClaimSimulator.SimulatePatients(model, schedule, EntryRule.Everyone, definition, patients, 1, threads);
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine(FormattableString.Invariant($"threads={threads} patients={patients} best_of={repeats} seconds={best:F3} patients_per_s={patients / best:F0}"));
        }

        var example = new Claim(19, 15, definition, new PrePostSchedule([-3, -2, -1, 0], [0, 1, 2, 3], BaselineSharing.Shared), EntryRule.Everyone);
        var settings = new ClaimCheckSettings(200_000, 100_000, 1, Environment.ProcessorCount, ClaimCheckSettings.DefaultGridResidualSds, ClaimCheckSettings.DefaultGridSlopeSds);
        var full = Stopwatch.StartNew();
        ClaimCheck.Run(example, model, settings);
        Console.WriteLine(FormattableString.Invariant($"full worked-example check (2e5 patients, 1e5 studies, 18-cell grid): seconds={full.Elapsed.TotalSeconds:F2} threads={Environment.ProcessorCount}"));
        return 0;
    }
}
