using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Cafs;
using Motus.Analysis.Cohort;
using Motus.Application;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze cafs</c>: CAFS scores and mean ranks of two arms with the Finkelstein–Schoenfeld joint-rank test.</summary>
internal static class AnalyzeCafsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var treated = new Option<string?>("--treated") { Description = "Treated arm code; required", HelpName = "ARM" };
        var control = AnalyzeOptions.Control();
        var horizon = new Option<string>("--horizon")
        {
            Description = "Days after the origin at which CAFS is assessed (e.g. 365), or 'all' for all follow-up; required, no horizon is assumed",
            Required = true,
            HelpName = "DAYS|all",
        };
        var origin = AnalyzeOptions.Origin();
        var survival = AnalyzeOptions.Endpoint("death");
        var before = AnalyzeOptions.Days("--baseline-days-before", BaselineWindow.Default.DaysBefore, "Baseline ALSFRS-R: closest rating from this many days before the origin");
        var after = AnalyzeOptions.Days("--baseline-days-after", BaselineWindow.Default.DaysAfter, "… to this many days after it");
        var function = AnalyzeOptions.Choice("--function", "RULE", "last-common",
            "Functional comparison: last-common (change at the last time both were rated, carried forward) or last-observation (each at own last rating)", "last-common", "last-observation");
        var undecided = AnalyzeOptions.Choice("--undecided", "RULE", "function",
            "Pairs survival cannot order: function (compare function) or tie (score 0)", "function", "tie");
        var exact = new Option<int>("--exact-limit") { Description = $"Exact permutation p-value up to this many patients (at most {PermutationOptions.ExactLimitCeiling}); above, Monte Carlo", DefaultValueFactory = _ => PermutationOptions.Default.ExactMaxSubjects, HelpName = "N" };
        var replicates = new Option<int>("--replicates") { Description = "Monte Carlo relabelings above the exact limit", DefaultValueFactory = _ => PermutationOptions.Default.MonteCarloReplicates, HelpName = "R" };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo relabelings", DefaultValueFactory = _ => PermutationOptions.Default.Seed, HelpName = "S" };
        var command = new Command("cafs", "Combined Assessment of Function and Survival (Berry 2013): pairwise scores, mean ranks by arm, joint-rank test")
        { study, treated, control, horizon, origin, survival, before, after, function, undecided, exact, replicates, seed };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var options = new CafsOptions
            {
                TreatedArm = p.GetValue(treated) ?? "",
                ControlArm = p.GetValue(control) ?? "",
                HorizonDays = Horizon(p.GetValue(horizon)!),
                Origin = AnalyzeOptions.ParseOrigin(p.GetValue(origin)!),
                Survival = AnalyzeOptions.ParseEndpoint(p.GetValue(survival)!),
                Baseline = new BaselineWindow(AnalyzeOptions.AtLeast(p, before, 0), AnalyzeOptions.AtLeast(p, after, 0)),
                Scoring = new CafsScoringOptions
                {
                    Function = p.GetValue(function) == "last-observation" ? FunctionalComparison.LastObservation : FunctionalComparison.LastCommonTime,
                    Undecided = p.GetValue(undecided) == "tie" ? UndecidedSurvival.Tie : UndecidedSurvival.CompareFunction,
                },
                Permutation = new PermutationOptions
                {
                    ExactMaxSubjects = AnalyzeOptions.AtLeast(p, exact, 0),
                    MonteCarloReplicates = AnalyzeOptions.AtLeast(p, replicates, 1),
                    Seed = p.GetValue(seed),
                },
            };
            var request = new AnalyzeCafsRequest(AnalyzeOptions.Scope(p, study), options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeCafs(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            Print(ctx, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int? Horizon(string text)
    {
        if (text == "all")
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1
            ? days
            : throw new MotusException(ExitCategory.Usage, $"--horizon {text}: give a number of days (1 or more) or 'all'.");
    }

    private static void Print(CommandContext ctx, AnalysisOutput<CafsResult> output)
    {
        var console = ctx.Console;
        var c = output.Result;
        Header(console, output);
        var table = Table(null, "Patient", "Arm", "Died", "Months", "Baseline", "Last change", "At month", "Score", "Rank");
        foreach (var x in c.Patients)
        {
            Row(table, x.PatientCode, x.ArmCode, Yes(x.Died), N(x.Months, 2), I(x.BaselineTotal), N(x.LastChange, 0), N(x.LastChangeMonths, 2), I(x.Score), N(x.Rank, 1));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Mean rank (higher = better): {c.TreatedArm} {N(c.MeanRankTreated, 2)}, {c.ControlArm} {N(c.MeanRankControl, 2)}");
        if (c.Test is { } t)
        {
            var pm = t.Permutation;
            console.MarkupLineInterpolated($"Joint-rank test: T = {N(t.Statistic, 0)}, Var(T) = {N(t.Variance, 1)}, Z = {N(t.Z)}; normal p two-sided {P(t.NormalTwoSided)}, one-sided {P(t.NormalOneSided)}");
            console.MarkupLineInterpolated($"Permutation ({pm.Kind}{(pm.Seed is { } s ? $", seed {s}" : "")}): p two-sided {P(pm.TwoSided)}, one-sided {P(pm.OneSided)}{(pm.MonteCarloStdErr is { } se ? $" (Monte Carlo SE {P(se)})" : "")}");
            Method(console, t.Method);
        }

        Excluded(console, c.Excluded);
        Errors(console, c.Errors);
        Method(console, c.Method);
    }
}
