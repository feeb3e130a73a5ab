using System.CommandLine;
using Motus.Application;
using Motus.Application.Claims;
using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;
using Spectre.Console;

namespace Motus.Cli.Commands.Claim;

/// <summary>
/// <c>motus claim check</c>: the null responder rate of a single-arm claim under the linear Gaussian natural-history
/// model (trial-methods §3.4), P(X ≥ claimed) under it, and a sensitivity grid; from flags or a claim file.
/// </summary>
internal static class ClaimCheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<FileInfo?>("CLAIM.json") { Description = "Claim file (docs/examples/claim-check.json) instead of the claim and model flags", Arity = ArgumentArity.ZeroOrOne };
        var n = new Option<int>("--n") { Description = "Patients the claim counts", HelpName = "N" };
        var responders = new Option<int>("--responders") { Description = "Claimed responders", HelpName = "K" };
        var threshold = new Option<double>("--threshold") { Description = "Responder threshold: a fraction for relative slowing (0.25 = ≥ 25% slowing), points/month for absolute improvement", HelpName = "X" };
        var criterion = Choice("--criterion", "relative: (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ X among ŝ_pre < 0; absolute: ŝ_post − ŝ_pre ≥ X points/month", "relative", "absolute");
        var pre = new Option<string>("--pre") { Description = "Lead-in visit times, months, comma-separated (e.g. -3,-2,-1,0)", HelpName = "LIST" };
        var post = new Option<string>("--post") { Description = "Follow-up visit times, months (e.g. 0,1,2,3)", HelpName = "LIST" };
        var baseline = Choice("--baseline", "shared: a time in both windows is one assessment; separate: each window has its own", "shared", "separate");
        var entry = new Option<string>("--entry") { Description = "Entry rule: none, \"pre-slope<=C\" (points/month) or \"lead-in-decline>=K\" (first minus last lead-in score)", DefaultValueFactory = _ => "none", HelpName = "RULE" };
        var slopeMean = new Option<double>("--slope-mean") { Description = "Mean true ALSFRS-R slope, points/month", DefaultValueFactory = _ => -1, HelpName = "MU" };
        var slopeSd = new Option<double>("--slope-sd") { Description = "Between-patient SD of true slopes, points/month (published 0.6–0.7)", DefaultValueFactory = _ => 0.6, HelpName = "SD" };
        var residualSd = new Option<double>("--residual-sd") { Description = "SD of one ALSFRS-R assessment around the patient's line, points (unverified; 1.0–2.0 plausible)", DefaultValueFactory = _ => 1.6, HelpName = "SD" };
        var rounding = Choice("--rounding", "none: continuous scores; round-clip: integers clipped to [0, 48]", "none", "round-clip");
        var baselineMean = new Option<double>("--baseline-mean") { Description = "Mean ALSFRS-R at time 0 (only with --rounding round-clip; unverified)", DefaultValueFactory = _ => 38, HelpName = "SCORE" };
        var baselineSd = new Option<double>("--baseline-sd") { Description = "SD of ALSFRS-R at time 0 (only with --rounding round-clip; unverified)", DefaultValueFactory = _ => 5, HelpName = "SD" };
        var replicates = new Option<long>("--replicates") { Description = "Untreated patients to simulate for the null rate", DefaultValueFactory = _ => 200_000, HelpName = "N" };
        var studies = new Option<int>("--studies") { Description = "Whole studies of n patients to simulate for P(X ≥ K) (0 skips)", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var seed = new Option<long>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1, HelpName = "S" };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (default: all cores); the result does not depend on it", HelpName = "N" };
        var gridResidual = new Option<string>("--grid-residual-sd") { Description = "Residual SDs of the sensitivity grid (empty string skips the grid)", DefaultValueFactory = _ => "1,1.2,1.4,1.6,1.8,2", HelpName = "LIST" };
        var gridSlope = new Option<string>("--grid-slope-sd") { Description = "Slope SDs of the sensitivity grid (empty string skips the grid)", DefaultValueFactory = _ => "0.4,0.6,0.8", HelpName = "LIST" };
        var command = new Command("check", "What natural history alone gives for a single-arm responder claim: null rate, P(X ≥ claimed), sensitivity to the variance assumptions")
        {
            file, n, responders, threshold, criterion, pre, post, baseline, entry, slopeMean, slopeSd, residualSd, rounding, baselineMean, baselineSd,
            replicates, studies, seed, threads, gridResidual, gridSlope,
        };
        Option[] claimFlags = [n, responders, threshold, criterion, pre, post, baseline, entry, slopeMean, slopeSd, residualSd, rounding, baselineMean, baselineSd, replicates, studies, seed, gridResidual, gridSlope];
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            ClaimCheckRequest request;
            if (p.GetValue(file) is { } f)
            {
                if (claimFlags.FirstOrDefault(o => p.GetResult(o) is { Implicit: false }) is { } extra)
                {
                    throw new MotusException(ExitCategory.Usage, $"Give the claim either as a file or as flags, not both ({extra.Name} with {f.Name}).");
                }

                request = CheckClaim.ReadFile(f.FullName);
            }
            else
            {
                foreach (var required in new Option[] { n, responders, threshold, pre, post })
                {
                    if (p.GetResult(required) is null)
                    {
                        throw new MotusException(ExitCategory.Usage, $"Option '{required.Name}' is required (or give a claim file).");
                    }
                }

                request = new ClaimCheckRequest
                {
                    Patients = p.GetValue(n),
                    Responders = p.GetValue(responders),
                    Threshold = p.GetValue(threshold),
                    Criterion = p.GetValue(criterion) == "absolute" ? ResponderCriterion.AbsoluteImprovement : ResponderCriterion.RelativeSlowing,
                    PreTimes = CliLists.Numbers(p.GetValue(pre), "--pre"),
                    PostTimes = CliLists.Numbers(p.GetValue(post), "--post"),
                    Baseline = p.GetValue(baseline) == "separate" ? BaselineSharing.Separate : BaselineSharing.Shared,
                    Entry = p.GetValue(entry)!,
                    SlopeMean = p.GetValue(slopeMean),
                    SlopeSd = p.GetValue(slopeSd),
                    ResidualSd = p.GetValue(residualSd),
                    Rounding = p.GetValue(rounding) == "round-clip" ? ScoreRounding.RoundAndClip : ScoreRounding.None,
                    BaselineMean = p.GetValue(baselineMean),
                    BaselineSd = p.GetValue(baselineSd),
                    Replicates = p.GetValue(replicates),
                    Studies = p.GetValue(studies),
                    Seed = p.GetValue(seed),
                    GridResidualSds = CliLists.Numbers(p.GetValue(gridResidual), "--grid-residual-sd", allowEmpty: true),
                    GridSlopeSds = CliLists.Numbers(p.GetValue(gridSlope), "--grid-slope-sd", allowEmpty: true),
                };
            }

            var result = await RunAsync(ctx, request, p.GetValue(threads), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(result);
            }
            else
            {
                ClaimCheckOutput.Print(ctx.Console, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<ClaimCheckResult> RunAsync(CommandContext ctx, ClaimCheckRequest request, int? threads, CancellationToken ct)
    {
        if (!ctx.ShowProgress)
        {
            return await Task.Run(() => CheckClaim.Run(request, threads, null, ct), ct);
        }

        ClaimCheckResult? result = null;
        await ctx.Environment.CreateErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var reporter = new ProgressReporter(report =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(report.Phase, out var task))
                        {
                            tasks[report.Phase] = task = progress.AddTask($"Simulating {report.Phase}", maxValue: report.Total);
                        }

                        task.Value = Math.Max(task.Value, report.Done);
                    }
                });
                result = await Task.Run(() => CheckClaim.Run(request, threads, reporter, ct), ct);
            });
        return result!;
    }

    private static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0], HelpName = string.Join('|', values) };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private sealed class ProgressReporter(Action<ClaimCheckProgress> report) : IProgress<ClaimCheckProgress>
    {
        public void Report(ClaimCheckProgress value) => report(value);
    }
}
