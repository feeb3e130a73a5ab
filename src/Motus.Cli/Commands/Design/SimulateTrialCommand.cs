using System.CommandLine;
using System.Globalization;
using Motus.Application.Trials;
using Motus.Simulation.Trials;
using Spectre.Console;

namespace Motus.Cli.Commands.Design;

/// <summary><c>motus design simulate FILE</c>: operating characteristics of a trial design by simulation (docs/methods/trial-simulation.md).</summary>
public static class SimulateTrialCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Design file (JSON; see docs/examples/trial-design.json)" };
        var replicates = new Option<int?>("--replicates") { Description = "Simulated trials (overrides the design's replicates)", HelpName = "N" };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (overrides the design's seed); the same seed gives identical results for any --threads", HelpName = "S" };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: the number of cores); results do not depend on it", HelpName = "N" };
        var command = new Command("simulate", "Simulate a two-arm trial design: power or type I error, bias and CI coverage of each analysis, with Monte Carlo SEs")
        { file, replicates, seed, threads };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var request = new SimulateTrialRequest(ctx.Parse.GetValue(file)!.FullName, ctx.Parse.GetValue(replicates), ctx.Parse.GetValue(seed), ctx.Parse.GetValue(threads) ?? Environment.ProcessorCount);
            var result = await Run(ctx, request, ct);
            if (!result.Succeeded)
            {
                if (ctx.Json)
                {
                    ctx.WriteJson(new { errors = result.Errors });
                }
                else
                {
                    ctx.Console.WriteLine($"The design {request.DesignPath} has {result.Errors.Count} error(s):");
                    foreach (var error in result.Errors)
                    {
                        ctx.Console.WriteLine($"  {error}");
                    }
                }

                return ExitCodes.DataError;
            }

            var sim = result.Simulation!;
            if (ctx.Json)
            {
                ctx.WriteJson(new { simulation = sim, result.Threads, seconds = result.Elapsed.TotalSeconds });
                return ExitCodes.Ok;
            }

            Print(ctx, sim, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CommandContext ctx, TrialSimulationResult sim, SimulateTrialResult result)
    {
        ctx.Console.WriteLine($"{sim.Design}: {sim.Method}");
        ctx.Console.WriteLine(F($"Screened {sim.Screened:N0} simulated patients for {sim.Enrolled:N0} enrolled: screen-failure rate {sim.ScreenFailureRate:P1}") +
            (sim.ScreenFailuresByCriterion.Count == 0 ? "." : $" (first criterion failed: {string.Join(", ", sim.ScreenFailuresByCriterion.Select(c => F($"{c.Key} {c.Value:N0}")))})."));
        var table = new Table().AddColumns("Analysis", sim.NullDesign ? "Type I error" : "Power", "Mean estimate", "True value", "Bias", "Coverage", "Failed / not converged");
        foreach (var a in sim.Analyses)
        {
            table.AddRow(Markup.Escape(a.Analysis), Mc(a.RejectionRate), Mc(a.MeanEstimate), a.TrueValue is { } t ? F($"{t:0.####}") : "–", Mc(a.Bias), Mc(a.Coverage), F($"{a.Failed} / {a.NotConverged}"));
        }

        ctx.Console.Write(table);
        ctx.Console.WriteLine("Values ± Monte Carlo SE. Coverage: two-sided intervals at level 1 − α (1 − 2α for one-sided tests).");
        foreach (var a in sim.Analyses)
        {
            ctx.Console.WriteLine($"{a.Analysis}: {a.Method}. Estimand: {a.Estimand}." + (a.TruthMethod is { } m ? $" True value: {m}." : ""));
            foreach (var w in a.Warnings)
            {
                ctx.Console.WriteLine($"  warning: {w}");
            }
        }

        ctx.Console.WriteLine(F($"{sim.Replicates:N0} trials on {result.Threads} thread(s) in {result.Elapsed.TotalSeconds:F1} s."));
    }

    private static async Task<SimulateTrialResult> Run(CommandContext ctx, SimulateTrialRequest request, CancellationToken ct)
    {
        if (!ctx.ShowProgress)
        {
            return await Task.Run(() => SimulateTrial.Run(request, null, ct), ct);
        }

        SimulateTrialResult? result = null;
        await ctx.Environment.CreateErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Simulating trials", maxValue: 1);
                result = await Task.Run(() => SimulateTrial.Run(request, new SynchronousProgress(p =>
                {
                    task.Description = p.Stage;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = Math.Max(task.Value, p.Done);
                }), ct), ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static string Mc(MonteCarloValue? v) => v is null ? "–" : F($"{v.Value:0.####} ± {v.StandardError:0.####}");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    // Reports on the calling (worker) thread: Spectre's progress task is thread-safe, and Progress<T> would post every
    // update to the thread pool out of order.
    private sealed class SynchronousProgress(Action<TrialSimulationProgress> report) : IProgress<TrialSimulationProgress>
    {
        public void Report(TrialSimulationProgress value) => report(value);
    }
}
