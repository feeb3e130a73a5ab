using System.CommandLine;
using System.Globalization;
using Motus.Application.Stats;
using Motus.Statistics.Survival;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary><c>motus stats km</c>: Kaplan–Meier curves, as <c>survival::survfit</c>.</summary>
internal static class KmCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var survivalColumns = new SurvivalColumns();
        var group = new Option<string?>("--group") { Description = "Group column: one curve per value", HelpName = "COLUMN" };
        var confType = new Option<string>("--conf-type") { Description = "CI type: log (default, as survfit), log-log, plain", DefaultValueFactory = _ => "log", HelpName = "TYPE" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var level = new Option<double>("--level") { Description = "Confidence level", DefaultValueFactory = _ => 0.95, HelpName = "P" };
        var command = new Command("km", "Kaplan–Meier curves with Greenwood SE, CIs and medians, as survival::survfit(Surv(time, event) ~ group)")
        { csv, survivalColumns.Time, survivalColumns.Start, survivalColumns.Event, group, confType, level };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var survival = survivalColumns.Read(ctx.Parse, data);
            IReadOnlyList<string> labels = [];
            int[]? groups = null;
            if (ctx.Parse.GetValue(group) is { } g)
            {
                var levels = data.Levels(g);
                (labels, groups) = (levels.Labels, levels.Codes);
            }

            var type = ctx.Parse.GetValue(confType) switch { "plain" => ConfidenceIntervalType.Plain, "log-log" => ConfidenceIntervalType.LogLog, _ => ConfidenceIntervalType.Log };
            var fit = KaplanMeier.Fit(survival, groups, type, ctx.Parse.GetValue(level));
            var curves = fit.Curves.Select(c => new
            {
                group = c.Group is { } i ? labels[i] : null,
                n = c.N,
                median = c.Median(),
                time = c.Time,
                nRisk = c.AtRisk,
                nEvent = c.Events,
                nCensor = c.Censored,
                survival = c.Survival,
                stdErrSurvival = c.StdErrSurvival,
                stdErrLogSurvival = c.StdErrLogSurvival,
                lower = c.Lower,
                upper = c.Upper,
            }).ToList();
            if (ctx.Json)
            {
                ctx.WriteJson(new { confidenceType = fit.ConfidenceType, confidenceLevel = fit.ConfidenceLevel, leftTruncated = fit.LeftTruncated, curves, warnings = fit.Diagnostics.Warnings });
                return Task.FromResult(ExitCodes.Ok);
            }

            var console = ctx.Console;
            console.MarkupLineInterpolated($"Kaplan–Meier, Greenwood variance, {fit.ConfidenceLevel:P0} CI type {fit.ConfidenceType}{(fit.LeftTruncated ? ", left-truncated" : "")}  (R: survival::survfit)");
            var table = new Table().AddColumns("group", "n", "events", "median", "lower", "upper");
            foreach (var c in curves)
            {
                table.AddRow(Markup.Escape(c.group ?? "all"), c.n.ToString(CultureInfo.InvariantCulture), c.nEvent.Sum().ToString(CultureInfo.InvariantCulture),
                    F(c.median.Estimate), F(c.median.Lower), F(c.median.Upper));
            }

            console.Write(table);
            Warnings(console, fit.Diagnostics.Warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
