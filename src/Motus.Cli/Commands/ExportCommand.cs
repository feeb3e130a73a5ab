using System.CommandLine;
using System.Globalization;
using Motus.Application.Export;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus export proact DIR</c>.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder to write PROACT_<FORM>.csv files into (created when missing)" };
        var study = new Option<string>("--study") { Description = "Protocol id of the study to export", DefaultValueFactory = _ => "PROACT", HelpName = "PROTOCOL" };
        var anchor = new Option<string?>("--anchor-date") { Description = "Day 0 for the delta columns (default: the study's own anchor when date-shifted)", HelpName = "DATE" };
        var proact = new Command("proact", "Export a study's current data as PRO-ACT CSV forms") { dir, study, anchor };
        proact.SetHandler(environment, async (ctx, ct) =>
        {
            DateOnly? anchorDate = null;
            if (ctx.Parse.GetValue(anchor) is { } text)
            {
                anchorDate = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new Application.MotusException($"--anchor-date {text}: expected a date as yyyy-mm-dd.");
            }

            var result = await new ExportProact(ctx.Database).RunAsync(new ExportProactRequest(ctx.Parse.GetValue(dir)!.FullName, ctx.Parse.GetValue(study)!, anchorDate), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(result);
            }
            else
            {
                ctx.Console.MarkupLineInterpolated($"Exported {result.Patients} patient(s), day 0 = {result.AnchorDate:yyyy-MM-dd}, into {ctx.Parse.GetValue(dir)!.FullName}:");
                foreach (var f in result.Files)
                {
                    ctx.Console.MarkupLineInterpolated($"  {f}");
                }
            }

            return ExitCodes.Ok;
        });
        return new Command("export", "Export data from the database") { proact };
    }
}
