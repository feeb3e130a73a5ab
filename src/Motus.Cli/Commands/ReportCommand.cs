using System.CommandLine;
using Motus.Application.Reports;
using Motus.Cli.Commands.Analyze;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus report patient CODE --out FILE.html</c> (and, with the study analyses, <c>report study</c>).</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("report", "Write HTML reports with plots (self-contained files)") { Patient(environment), Study(environment) };

    private static Command Study(CliEnvironment environment)
    {
        var study = new Option<string?>("--study") { Description = "Study (protocol id); needed when the database holds several", HelpName = "PROTOCOL" };
        var control = new Option<string?>("--control") { Description = "Control arm code (default: an arm named placebo/control, else the first by code; the report says which)", HelpName = "ARM" };
        var origin = new Option<string?>("--origin") { Description = "Time origin for survival, slopes and CAFS (default: enrolment when recorded, else first-rating; the report says which)", HelpName = "ORIGIN" };
        origin.AcceptOnlyFromAmong("onset", "diagnosis", "enrolment", "first-administration", "first-rating");
        var threshold = new Option<double>("--responder-threshold") { Description = "Responder definition: relative slope reduction, percent", DefaultValueFactory = _ => 25, HelpName = "PERCENT" };
        var output = Output();
        var command = new Command("study", "Enrolment, baseline by arm, KM by arm with log-rank and Cox, mixed-model slope comparison, CAFS, safety tables and the responder analysis beside its natural-history null")
        { study, control, origin, threshold, output };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var percent = ctx.Parse.GetValue(threshold);
            if (!(percent > 0 && percent <= 100))
            {
                throw new Application.MotusException(Application.ExitCategory.Usage, $"--responder-threshold must be in (0, 100]; got {percent}.");
            }

            var options = new StudyReportOptions
            {
                ControlArm = ctx.Parse.GetValue(control),
                Origin = ctx.Parse.GetValue(origin) is { } o ? AnalyzeOptions.ParseOrigin(o) : null,
                ResponderThreshold = percent / 100,
            };
            var html = await new StudyReport(ctx.Database).RunAsync(ctx.Parse.GetValue(study), options, ct);
            return await WriteAsync(ctx, ctx.Parse.GetValue(output)!, html, ct);
        });
        return command;
    }

    private static Command Patient(CliEnvironment environment)
    {
        var code = new Argument<string>("CODE") { Description = "Patient code" };
        var study = new Option<string?>("--study") { Description = "Study (protocol id), when the code exists in several", HelpName = "PROTOCOL" };
        var output = Output();
        var command = new Command("patient", "One patient's course (ALSFRS-R, subscores, FVC with administrations, AEs and events), staging, progression, ENCALS prediction and safety record")
        { code, study, output };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var html = await new PatientReport(ctx.Database).RunAsync(ctx.Parse.GetValue(code)!, ctx.Parse.GetValue(study), ctx.Access, ct);
            return await WriteAsync(ctx, ctx.Parse.GetValue(output)!, html, ct);
        });
        return command;
    }

    internal static Option<string> Output() =>
        new("--out") { Description = "HTML file to write", Required = true, HelpName = "FILE.html" };

    internal static async Task<int> WriteAsync(CommandContext ctx, string path, string html, CancellationToken ct)
    {
        var full = await ReportFiles.WriteAsync(path, html, ct);
        if (ctx.Json)
        {
            ctx.WriteJson(new { file = full, bytes = new FileInfo(full).Length });
        }
        else
        {
            ctx.Console.MarkupLine($"Wrote [bold]{Markup.Escape(full)}[/]");
        }

        return ExitCodes.Ok;
    }
}
