using System.CommandLine;
using Motus.Application.Evidence;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary><c>motus evidence export --format csv|json --out FILE</c>.</summary>
internal static class EvidenceExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "csv (one row per study, value and status per field) or json (full records with sources, and the reviews)", Required = true, HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<FileInfo>("--out") { Description = "File to write", Required = true, HelpName = "FILE" };
        var data = DataOption();
        var command = new Command("export", "Write the whole library as CSV or JSON") { format, output, data };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var text = ctx.Parse.GetValue(format) == "csv" ? EvidenceExport.Csv(library.Studies) : EvidenceExport.Json(library.Studies, library.Reviews);
            var path = ctx.Parse.GetValue(output)!.FullName;
            await File.WriteAllTextAsync(path, text, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(new { path, studies = library.Studies.Count, reviews = library.Reviews.Count });
            }
            else
            {
                ctx.Console.WriteLine($"Wrote {library.Studies.Count} studies{(ctx.Parse.GetValue(format) == "json" ? $" and {library.Reviews.Count} reviews" : "")} to {path}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
