using System.CommandLine;
using System.Globalization;
using Motus.Application.Import;
using Motus.Interop.Proact;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus import proact DIR</c>: all-or-nothing import of PRO-ACT CSV forms.</summary>
public static class ImportCommand
{
    /// <summary>Day 0 used when --anchor-date is not given; printed with every import.</summary>
    public static readonly DateOnly DefaultAnchor = new(2000, 1, 1);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder with PRO-ACT CSV forms (PROACT_<FORM>.csv or the 2016 names)" };
        var study = new Option<string>("--study") { Description = "Protocol id of the study to import into (created when new)", DefaultValueFactory = _ => "PROACT", HelpName = "PROTOCOL" };
        var studyName = new Option<string?>("--study-name") { Description = "Name of a new study (default: 'PRO-ACT import <PROTOCOL>')", HelpName = "NAME" };
        var site = new Option<string>("--site") { Description = "Site code of the imported patients", DefaultValueFactory = _ => "PROACT", HelpName = "CODE" };
        var anchor = new Option<string>("--anchor-date")
        {
            Description = "Calendar date that PRO-ACT day 0 maps to (yyyy-mm-dd); the study is marked date-shifted",
            DefaultValueFactory = _ => DefaultAnchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            HelpName = "DATE",
        };
        var reason = new Option<string?>("--reason") { Description = "Reason for change; required when the files change records already in the database", HelpName = "TEXT" };

        var proact = new Command("proact", "Import a PRO-ACT folder in one transaction: on any error nothing is written and every error is listed") { dir, study, studyName, site, anchor, reason };
        proact.SetHandler(environment, async (ctx, ct) =>
        {
            var anchorText = ctx.Parse.GetValue(anchor)!;
            if (!DateOnly.TryParseExact(anchorText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchorDate))
            {
                throw new Application.MotusException($"--anchor-date {anchorText}: expected a date as yyyy-mm-dd.");
            }

            var protocol = ctx.Parse.GetValue(study)!;
            var request = new ImportProactRequest(ctx.Parse.GetValue(dir)!.FullName, protocol, ctx.Parse.GetValue(studyName) ?? $"PRO-ACT import {protocol}",
                ctx.Parse.GetValue(site)!, anchorDate, CommandContext.Actor, ctx.Parse.GetValue(reason));
            var result = await RunWithProgress(ctx, request, ct);
            Report(ctx, request, result);
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.DataError;
        });

        return new Command("import", "Import data into the database") { proact };
    }

    private static async Task<ImportProactResult> RunWithProgress(CommandContext ctx, ImportProactRequest request, CancellationToken ct)
    {
        var import = new ImportProact(ctx.Database);
        if (!ctx.ShowProgress)
        {
            return await import.RunAsync(request, null, ct);
        }

        ImportProactResult? result = null;
        await ctx.Environment.CreateErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var reading = progress.AddTask("Reading PRO-ACT files", maxValue: 1);
                var reporter = new Progress<ProactProgress>(p =>
                {
                    reading.MaxValue = Math.Max(1, p.BytesTotal);
                    reading.Value = p.BytesRead;
                    reading.Description = $"Reading {p.File}";
                });
                result = await import.RunAsync(request, reporter, ct);
                reading.Value = reading.MaxValue;
            });
        return result!;
    }

    private static void Report(CommandContext ctx, ImportProactRequest request, ImportProactResult result)
    {
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                succeeded = result.Succeeded,
                study = request.ProtocolId,
                site = request.SiteCode,
                anchorDate = request.AnchorDate,
                result.RowsRead,
                result.PatientsAdded,
                result.PatientsExisting,
                result.PatientsRevised,
                result.RecordsAdded,
                result.RecordsUnchanged,
                result.RecordsRevised,
                seconds = result.Elapsed.TotalSeconds,
                result.IgnoredFiles,
                errors = result.Errors,
            });
            return;
        }

        var console = ctx.Console;
        foreach (var ignored in result.IgnoredFiles)
        {
            console.MarkupLineInterpolated($"[yellow]ignored[/] {ignored} (not a PRO-ACT form Motus reads)");
        }

        if (!result.Succeeded)
        {
            var table = new Table().AddColumns("File", "Line", "Column", "Value", "Rule", "Message");
            foreach (var e in result.Errors)
            {
                table.AddRow(Markup.Escape(e.File), e.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(e.Column ?? ""), Markup.Escape(e.Value ?? ""), Markup.Escape(e.RuleId), Markup.Escape(e.Message));
            }

            console.Write(table);
            console.MarkupLineInterpolated($"[red]Import refused: {result.Errors.Count} error(s). Nothing was written.[/]");
            return;
        }

        console.MarkupLineInterpolated($"Imported into study {request.ProtocolId}, site {request.SiteCode}; PRO-ACT day 0 = {request.AnchorDate:yyyy-MM-dd} (dates are shifted).");
        console.MarkupLineInterpolated($"Rows read: {result.RowsRead:N0} in {result.Elapsed.TotalSeconds:F1} s");
        console.MarkupLineInterpolated($"Patients: {result.PatientsAdded} added, {result.PatientsExisting} already present, {result.PatientsRevised} revised");
        console.MarkupLineInterpolated($"Records: {result.RecordsAdded} added, {result.RecordsUnchanged} unchanged, {result.RecordsRevised} revised");
        if (result.ChangedNothing)
        {
            console.MarkupLine("Nothing changed: the database already holds exactly this data.");
        }
    }
}
