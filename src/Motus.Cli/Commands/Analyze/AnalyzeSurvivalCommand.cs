using System.CommandLine;
using Motus.Analysis.Cohort;
using Motus.Application.Analyses;
using Motus.Statistics.Survival;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze survival</c>: Kaplan–Meier curves of a composite endpoint by arm and the log-rank test.</summary>
internal static class AnalyzeSurvivalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var origin = AnalyzeOptions.Origin();
        var endpoint = AnalyzeOptions.Endpoint();
        var confType = AnalyzeOptions.Choice("--conf-type", "TYPE", "log", "Scale of the pointwise limits: log (as survfit), log-log or plain", "log", "log-log", "plain");
        var level = AnalyzeOptions.Level();
        var rho = new Option<double>("--rho") { Description = "G-rho exponent of the test: 0 = log-rank, 1 = Peto–Peto", DefaultValueFactory = _ => 0, HelpName = "RHO" };
        var command = new Command("survival", "Kaplan–Meier by arm with medians and the log-rank test, as survfit + survdiff (R: survival)")
        { study, origin, endpoint, confType, level, rho };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var options = new SurvivalByArmOptions
            {
                ConfidenceType = p.GetValue(confType) switch { "log-log" => ConfidenceIntervalType.LogLog, "plain" => ConfidenceIntervalType.Plain, _ => ConfidenceIntervalType.Log },
                ConfidenceLevel = AnalyzeOptions.CheckLevel(p.GetValue(level)),
                Rho = p.GetValue(rho),
            };
            var request = new AnalyzeSurvivalRequest(AnalyzeOptions.Scope(p, study), AnalyzeOptions.ParseEndpoint(p.GetValue(endpoint)!),
                AnalyzeOptions.ParseOrigin(p.GetValue(origin)!), options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeSurvival(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            var console = ctx.Console;
            var s = output.Result;
            Header(console, output);
            console.MarkupLineInterpolated($"Endpoint: {s.Endpoint}; {s.Patients} patient(s) analysed, {s.Events} event(s).");
            var arms = Table("Kaplan–Meier by arm (months from the origin)", "Arm", "Patients", "Events", "Median", "Lower", "Upper");
            foreach (var a in s.Arms)
            {
                Row(arms, a.ArmCode, I(a.Patients), I(a.Events), N(a.Median.Estimate, 2), N(a.Median.Lower, 2), N(a.Median.Upper, 2));
            }

            console.Write(arms);
            console.MarkupLine("A median of NA is not reached (the curve stays above 0.5). --json gives every step of each curve.");
            if (s.LogRank is { } t)
            {
                var test = Table(null, "Arm", "Observed", "Expected");
                foreach (var a in t.Arms)
                {
                    Row(test, a.ArmCode, N(a.Observed, 0), N(a.Expected, 2));
                }

                console.Write(test);
                console.MarkupLineInterpolated($"{(t.Rho == 0 ? "Log-rank" : $"G-rho (rho = {t.Rho})")}: χ² = {N(t.ChiSquare)} on {t.DegreesOfFreedom} df, p = {P(t.PValue)}");
            }

            Excluded(console, s.Excluded);
            Warnings(console, s.Warnings);
            Errors(console, s.Errors);
            Method(console, s.Method);
            return ExitCodes.Ok;
        });
        return command;
    }
}
