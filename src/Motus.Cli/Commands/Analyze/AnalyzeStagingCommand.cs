using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Staging;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze staging</c>: King's and MiToS stage at every ALSFRS-R rating and the time in each stage.</summary>
internal static class AnalyzeStagingCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient("Only this patient (code): every rating with its criteria and the time in each stage");
        var recode = new Option<bool>("--recode-stage-zero")
        {
            Description = "Report King's stage 0 (no bulbar or limb item impaired) as 1, as one PRO-ACT implementation does; default: stage 0 stays 0",
        };
        var command = new Command("staging", "King's stage (estimated from ALSFRS-R) and MiToS stage at every rating, and the time spent in each stage")
        { study, patient, recode };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var request = new AnalyzeStagingRequest(AnalyzeOptions.Scope(ctx.Parse, study, patient), new StagingOptions { RecodeStageZeroToOne = ctx.Parse.GetValue(recode) });
            var output = await AnalyzeOptions.WithProgress(ctx, p => new AnalyzeStaging(ctx.Database).RunAsync(request, p, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            var console = ctx.Console;
            Header(console, output);
            if (output.Result.Count == 0)
            {
                console.MarkupLine("No patient.");
                return ExitCodes.Ok;
            }

            if (output.Patient is not null)
            {
                Detail(console, output.Result[0]);
            }
            else
            {
                Summary(console, output.Result);
            }

            Method(console, output.Result[0].Method);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Detail(IAnsiConsole console, StagingTimelineResult t)
    {
        var table = Table($"Stages of {t.PatientCode}", "Date", "King's", "Resp. failure", "Gastrostomy", "Bulbar", "Upper limb", "Lower limb",
            "MiToS", "Movement lost", "Swallowing lost", "Communicating lost", "Breathing lost", "Note");
        foreach (var p in t.Points)
        {
            var note = p.IsDeath ? "death" : string.Join(" ", new[] { p.Kings.NotDeterminedReason, p.Mitos.NotDeterminedReason }.Where(n => n is not null));
            Row(table, D(p.Date), p.Kings.Label ?? "not determined", Yes(p.Kings.RespiratoryFailure), Yes(p.Kings.Gastrostomy), Yes(p.Kings.Bulbar),
                Yes(p.Kings.UpperLimb), Yes(p.Kings.LowerLimb), I(p.Mitos.Stage) is { Length: > 0 } m ? m : "not determined", Yes(p.Mitos.Movement),
                Yes(p.Mitos.Swallowing), Yes(p.Mitos.Communicating), Yes(p.Mitos.Breathing), note);
        }

        console.Write(table);
        Durations(console, "Time in each King's stage", t.KingsDurations);
        Durations(console, "Time in each MiToS stage", t.MitosDurations);
        if (t.OpenSince is { } open)
        {
            console.MarkupLineInterpolated($"Time after the last rating ({D(open)}) is not counted.");
        }

        Warnings(console, t.Warnings);
    }

    private static void Durations(IAnsiConsole console, string title, IReadOnlyList<StageDuration> durations)
    {
        var table = Table(title, "Stage", "First observed", "Days", "Months");
        foreach (var d in durations)
        {
            Row(table, d.Stage, D(d.FirstObserved), d.Days.ToString(CultureInfo.InvariantCulture), N(d.Months, 1));
        }

        console.Write(table);
    }

    private static void Summary(IAnsiConsole console, IReadOnlyList<StagingTimelineResult> timelines)
    {
        var table = Table(null, "Patient", "Points", "First", "King's", "MiToS", "Last", "King's", "MiToS", "Warnings");
        foreach (var t in timelines)
        {
            var first = t.Points.Count > 0 ? t.Points[0] : null;
            var last = t.Points.Count > 0 ? t.Points[^1] : null;
            Row(table, t.PatientCode, I(t.Points.Count), D(first?.Date), Kings(first), Mitos(first), D(last?.Date), Kings(last), Mitos(last), I(t.Warnings.Count));
        }

        console.Write(table);
        console.MarkupLine("King's and MiToS at the first and the last point (a death is the last point, stage 5). --patient CODE shows every rating; --json gives every point and duration.");
    }

    private static string Kings(StagePoint? p) => p is null ? "" : p.Kings.Label ?? "n.d.";

    private static string Mitos(StagePoint? p) => p is null ? "" : p.Mitos.Stage?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
}
