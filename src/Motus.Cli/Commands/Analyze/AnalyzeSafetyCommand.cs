using System.CommandLine;
using Motus.Analysis.Safety;
using Motus.Application;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze safety</c>: the safety tables of a study by arm, and the serious-event and death listings.</summary>
internal static class AnalyzeSafetyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient();
        var population = AnalyzeOptions.Choice("--population", "POPULATION", "all", "Denominators: all (every patient) or treated (at least one administration)", "all", "treated");
        var window = AnalyzeOptions.Choice("--window", "WINDOW", "all", "Events counted: all (every recorded event) or treatment-emergent (onset on or after the first administration)", "all", "treatment-emergent");
        var link = new Option<int?>("--link-window-days")
        {
            Description = "Per-administration tables: also attribute an unlinked event to the latest administration up to this many days before its onset; default: recorded links only",
            HelpName = "DAYS",
        };
        var level = AnalyzeOptions.Level();
        var command = new Command("safety", "Safety tables by arm: overview, category × CTCAE grade, relatedness, per-administration incidence, exposure-adjusted rates, serious events and deaths")
        { study, patient, population, window, link, level };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            if (p.GetValue(link) is < 0)
            {
                throw new MotusException(ExitCategory.Usage, "--link-window-days must be 0 or more.");
            }

            var options = new SafetyOptions
            {
                Population = p.GetValue(population) == "treated" ? SafetyPopulation.Treated : SafetyPopulation.AllPatients,
                Window = p.GetValue(window) == "treatment-emergent" ? AeWindow.TreatmentEmergent : AeWindow.AllRecorded,
                LinkWindowDays = p.GetValue(link),
                ConfidenceLevel = AnalyzeOptions.CheckLevel(p.GetValue(level)),
            };
            var request = new AnalyzeSafetyRequest(AnalyzeOptions.Scope(p, study, patient), options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeSafety(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            Print(ctx.Console, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, AnalysisOutput<SafetyReport> output)
    {
        var s = output.Result;
        Header(console, output);
        var arms = Table("Population and exposure", "Arm", "Patients", "Treated", "Administrations", "Patient-months");
        foreach (var a in s.Arms)
        {
            Row(arms, a.Arm, I(a.Patients), I(a.TreatedPatients), I(a.Administrations), N(a.PatientMonths, 1));
        }

        console.Write(arms);
        var overview = Table("Overview: patients with at least one (% [CI]) and events", "Arm", "Measure", "Patients", "Events");
        foreach (var o in s.Overview)
        {
            Row(overview, o.Arm, o.Measure, Inc(o.Patients), I(o.Events));
        }

        console.Write(overview);
        Counts(console, "By category and worst CTCAE grade (patients / events)", s.ByCategory);
        Counts(console, "By relatedness to the product", s.ByProductRelatedness);
        Counts(console, "By relatedness to the procedure", s.ByProcedureRelatedness);
        if (s.PerAdministration.Count > 0)
        {
            var admin = Table("Per administration: administrations followed by an attributed event (events)", "Arm", "By", "Level", "Administrations", "Any", "Procedure-related", "Product-related");
            foreach (var a in s.PerAdministration)
            {
                Row(admin, a.Arm, a.GroupedBy, a.Level, I(a.Administrations), $"{Inc(a.Any.Administrations)} ({a.Any.Events})",
                    $"{Inc(a.ProcedureRelated.Administrations)} ({a.ProcedureRelated.Events})", $"{Inc(a.ProductRelated.Administrations)} ({a.ProductRelated.Events})");
            }

            console.Write(admin);
        }
        else
        {
            console.MarkupLine("Per administration: no administration recorded.");
        }

        var rates = Table("Exposure-adjusted: events per 100 patient-months from the first administration", "Arm", "Measure", "Exposed", "Events", "Patient-months", "Rate", "Lower", "Upper");
        foreach (var e in s.ExposureAdjusted)
        {
            Row(rates, e.Arm, e.Measure, I(e.ExposedPatients), I(e.Events), N(e.PatientMonths, 1), N(e.RatePer100PatientMonths, 2), N(e.Lower, 2), N(e.Upper, 2));
        }

        console.Write(rates);
        var serious = Table($"Serious adverse events ({s.SeriousEvents.Count})", "Arm", "Patient", "Term", "Category", "Grade", "Onset", "Resolved", "Product", "Procedure", "Outcome", "Days after dose", "Dose");
        foreach (var e in s.SeriousEvents)
        {
            Row(serious, e.Arm, e.PatientCode, e.VerbatimTerm, e.Category.ToString(), I(e.Grade), D(e.OnsetDate), D(e.ResolutionDate), e.RelatednessToProduct.ToString(),
                e.RelatednessToProcedure.ToString(), e.Outcome.ToString(), I(e.DaysSinceLastAdministration), I(e.LastDoseNumber));
        }

        console.Write(serious);
        var deaths = Table($"Deaths ({s.Deaths.Count})", "Arm", "Patient", "Date", "Cause", "Days since first dose", "Days since last dose", "Fatal events");
        foreach (var d in s.Deaths)
        {
            Row(deaths, d.Arm, d.PatientCode, D(d.Date), d.Cause, I(d.DaysSinceFirstAdministration), I(d.DaysSinceLastAdministration), string.Join("; ", d.FatalEvents));
        }

        console.Write(deaths);
        Warnings(console, s.Warnings);
        Method(console, s.Method);
    }

    private static void Counts(IAnsiConsole console, string title, IReadOnlyList<AeCountRow> rows)
    {
        var table = Table(title, "Arm", "Category", "Relatedness", "Patients", "Events", "G1", "G2", "G3", "G4", "G5", "Not graded");
        foreach (var r in rows)
        {
            string Grade(int? g) => r.ByGrade.FirstOrDefault(x => x.Grade == g) is { } c ? $"{c.Patients} / {c.Events}" : "";
            Row(table, r.Arm, r.Category?.ToString() ?? "All", r.Relatedness?.ToString() ?? "", Inc(r.Patients), I(r.Events),
                Grade(1), Grade(2), Grade(3), Grade(4), Grade(5), Grade(null));
        }

        console.Write(table);
    }

    private static string Inc(Incidence i) => Percent(i.Count, i.Total, i.Proportion, i.Lower, i.Upper);
}
