using System.CommandLine;
using Motus.Application.Reports;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus report patient CODE --out FILE.html</c> (and, with the study analyses, <c>report study</c>).</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("report", "Write HTML reports with plots (self-contained files)") { Patient(environment) };

    private static Command Patient(CliEnvironment environment)
    {
        var code = new Argument<string>("CODE") { Description = "Patient code" };
        var study = new Option<string?>("--study") { Description = "Study (protocol id), when the code exists in several", HelpName = "PROTOCOL" };
        var output = Output();
        var command = new Command("patient", "One patient's course (ALSFRS-R, subscores, FVC with administrations, AEs and events), staging, progression, ENCALS prediction and safety record")
        { code, study, output };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var html = await new PatientReport(ctx.Database).RunAsync(ctx.Parse.GetValue(code)!, ctx.Parse.GetValue(study), ct);
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
