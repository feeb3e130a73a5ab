using System.CommandLine;
using System.Globalization;
using Motus.Application.Patients;
using Motus.Domain.Records;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus patients list|show</c>.</summary>
public static class PatientsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var study = new Option<string?>("--study") { Description = "Only this study (protocol id)", HelpName = "PROTOCOL" };
        var site = new Option<string?>("--site") { Description = "Only this site", HelpName = "CODE" };
        var arm = new Option<string?>("--arm") { Description = "Only this arm", HelpName = "CODE" };
        var search = new Option<string?>("--search") { Description = "Only codes containing this text", HelpName = "TEXT" };
        var list = new Command("list", "List current patients") { study, site, arm, search };
        list.SetHandler(environment, async (ctx, ct) =>
        {
            var rows = await new ListPatients(ctx.Database).RunAsync(
                new ListPatientsRequest(ctx.Parse.GetValue(study), ctx.Parse.GetValue(site), ctx.Parse.GetValue(arm), ctx.Parse.GetValue(search)), ctx.Access, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(rows);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Code", "Study", "Site", "Arm", "Sex", "Born", "Onset region", "Onset", "Enrolled", "ALSFRS", "Last ALSFRS", "Status");
            foreach (var r in rows)
            {
                table.AddRow(Esc(r.Code), Esc(r.Study), Esc(r.Site), Esc(r.Arm), r.Sex.ToString(), Esc(r.YearOfBirth?.ToString(CultureInfo.InvariantCulture)),
                    r.OnsetRegion.ToString(), Date(r.OnsetDate), Date(r.EnrolmentDate), r.AlsfrsCount.ToString(CultureInfo.InvariantCulture), Date(r.LastAlsfrsDate), r.Status);
            }

            ctx.Console.Write(table);
            ctx.Console.MarkupLineInterpolated($"{rows.Count} patient(s)");
            return ExitCodes.Ok;
        });

        var code = new Argument<string>("CODE") { Description = "Patient code" };
        var showStudy = new Option<string?>("--study") { Description = "Study (protocol id), when the code exists in several", HelpName = "PROTOCOL" };
        var show = new Command("show", "Show one patient's whole record") { code, showStudy };
        show.SetHandler(environment, async (ctx, ct) =>
        {
            var record = await new ShowPatient(ctx.Database).RunAsync(ctx.Parse.GetValue(code)!, ctx.Parse.GetValue(showStudy), ctx.Access, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(PatientView.From(record));
            }
            else
            {
                PatientView.Render(ctx.Console, record);
            }

            return ExitCodes.Ok;
        });

        return new Command("patients", "List and show patients") { list, show };
    }

    internal static string Esc(string? text) => Markup.Escape(text ?? "");

    internal static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
