using System.Globalization;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Spectre.Console;
using static Motus.Cli.Commands.PatientsCommand;

namespace Motus.Cli.Commands;

/// <summary>How <c>motus patients show</c> presents a patient record, as text and as JSON.</summary>
internal static class PatientView
{
    /// <summary>The JSON shape: the patient's details, then each kind of record with its id and details (computed scores included).</summary>
    public static object From(PatientRecord r) => new
    {
        patient = r.Patient.Details,
        id = r.Patient.Id,
        study = r.Study?.ProtocolId,
        dateShifted = r.Study?.IsDateShifted ?? false,
        alsfrs = Items(r.Alsfrs),
        vitalCapacity = Items(r.VitalCapacity),
        strength = Items(r.Strength),
        vitalSigns = Items(r.VitalSigns),
        alsaq = Items(r.Alsaq),
        biomarkers = Items(r.Biomarkers),
        administrations = Items(r.Administrations),
        adverseEvents = Items(r.AdverseEvents),
        medications = Items(r.Medications),
        events = Items(r.Events),
    };

    public static void Render(IAnsiConsole console, PatientRecord r)
    {
        var p = r.Patient;
        var facts = new Grid().AddColumns(2);
        void Fact(string name, string? value) => facts.AddRow(name, Esc(value));
        Fact("Code", p.Code);
        Fact("Study", r.Study is null ? null : $"{r.Study.ProtocolId}{(r.Study.IsDateShifted ? " (dates shifted: day 0 = " + Date(r.Study.DateShiftAnchor) + ")" : "")}");
        Fact("Arm", p.ArmCode);
        Fact("Sex", p.Sex.ToString());
        Fact("Year of birth", p.YearOfBirth?.ToString(CultureInfo.InvariantCulture));
        Fact("Onset", $"{Date(p.OnsetDate)} {p.OnsetRegion}");
        Fact("Diagnosis", $"{Date(p.DiagnosisDate)} {p.DiagnosticCategory}");
        Fact("Diagnostic delay", p.DiagnosticDelayDays is { } d ? $"{d} days" : null);
        Fact("Enrolled", Date(p.EnrolmentDate));
        Fact("Riluzole at baseline", p.RiluzoleAtBaseline?.ToString());
        console.Write(new Panel(facts).Header("Patient"));

        if (r.Alsfrs.Count > 0)
        {
            var t = new Table().Title("ALSFRS-R / ALSFRS").AddColumns("Date", "Scale", "Total", "Bulbar", "Fine motor", "Gross motor", "Respiratory", "Gastrostomy", "Mode");
            foreach (var a in r.Alsfrs.Select(x => x.Details))
            {
                t.AddRow(Date(a.Date), a.Scale.ToString(), Num(a.Total) + (a.ComputedTotal is null && a.RecordedTotal is not null ? " (recorded)" : ""),
                    Num(a.Bulbar), Num(a.FineMotor), Num(a.GrossMotor), Num(a.Respiratory), a.Gastrostomy?.ToString() ?? "", a.Mode.ToString());
            }

            console.Write(t);
        }

        Simple(console, "Vital capacity", r.VitalCapacity.Select(x => x.Details), ["Date", "Kind", "Best L", "Best % pred."],
            v => [Date(v.Date), v.Kind.ToString(), Dbl(v.BestLitres), Dbl(v.BestPercentPredicted)]);
        Simple(console, "Weight and height", r.VitalSigns.Select(x => x.Details), ["Date", "Weight kg", "Height cm", "BMI"],
            v => [Date(v.Date), Dbl(v.WeightKg), Dbl(v.HeightCm), Dbl(v.Bmi)]);
        Simple(console, "Administrations", r.Administrations.Select(x => x.Details), ["Date", "Dose #", "Route", "Dose", "Lot"],
            a => [Date(a.Date), a.DoseNumber.ToString(CultureInfo.InvariantCulture), a.Route.ToString(), $"{a.DoseAmount:G4} {a.DoseUnit}",
                r.Products.TryGetValue(a.CellProductId, out var lot) ? lot.Details.Lot : ""]);
        Simple(console, "Adverse events", r.AdverseEvents.Select(x => x.Details), ["Onset", "Term", "Category", "Grade", "Serious", "Product", "Procedure", "Outcome"],
            e => [Date(e.OnsetDate), e.VerbatimTerm, e.Category.ToString(), e.Grade?.Value.ToString(CultureInfo.InvariantCulture) ?? "", e.Serious ? "yes" : "no",
                e.RelatednessToProduct.ToString(), e.RelatednessToProcedure.ToString(), e.Outcome.ToString()]);
        Simple(console, "Medications", r.Medications.Select(x => x.Details), ["Name", "Kind", "Start", "Stop"],
            m => [m.Name, m.Kind.ToString(), Date(m.StartDate), Date(m.StopDate)]);
        Simple(console, "Events", r.Events.Select(x => x.Details), ["Date", "Event", "Until", "Hours/day", "Cause"],
            e => [Date(e.Date), e.Kind.ToString(), Date(e.EndDate), Dbl(e.HoursPerDay), e.Cause ?? ""]);
    }

    private static IEnumerable<object> Items<TDetails>(IEnumerable<ClinicalRecord<TDetails>> records)
        where TDetails : class, IRecordDetails =>
        records.Select(r => new { id = r.Id, details = r.Details });

    private static void Simple<T>(IAnsiConsole console, string title, IEnumerable<T> rows, string[] columns, Func<T, string[]> cells)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var t = new Table().Title(title).AddColumns(columns);
        foreach (var row in list)
        {
            t.AddRow(cells(row).Select(Esc).ToArray());
        }

        console.Write(t);
    }

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Dbl(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
