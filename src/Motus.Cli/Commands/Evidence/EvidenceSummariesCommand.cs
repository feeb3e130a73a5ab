using System.CommandLine;
using Motus.Application.Evidence;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary><c>motus evidence summaries --out DIR</c>: one plain-language Markdown page per cell type × route, plus index.md.</summary>
internal static class EvidenceSummariesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write index.md and one <cell-type>--<route>.md per page into (created if absent)", Required = true, HelpName = "DIR" };
        var data = DataOption();
        var command = new Command("summaries", "Write plain-language Markdown pages, one per cell type × route, generated from the data (no medical advice)") { output, data };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var written = await EvidenceSummaryWriter.WriteAsync(library, ctx.Parse.GetValue(output)!.FullName, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(new { files = written });
            }
            else
            {
                ctx.Console.WriteLine($"Wrote {written.Count - 1} summary pages and index.md to {ctx.Parse.GetValue(output)!.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
