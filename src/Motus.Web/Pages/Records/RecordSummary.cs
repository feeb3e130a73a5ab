using System.Globalization;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Records;
using Motus.Domain.Safety;

namespace Motus.Web.Pages.Records;

/// <summary>One line about a record, for the patient page's record lists and the delete page.</summary>
public static class RecordSummary
{
    /// <summary>The record's date and a short description.</summary>
    public static (string Date, string Text) Describe(IClinicalRecord record, PatientRecord patient)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(patient);
        return record.Content switch
        {
            AlsfrsDetails d => (Day(d.Date), $"{(d.Scale == AlsfrsScale.Alsfrs ? "ALSFRS" : "ALSFRS-R")} total {Num(d.Total)}/{d.MaximumTotal} " +
                $"(bulbar {Num(d.Bulbar)}, fine motor {Num(d.FineMotor)}, gross motor {Num(d.GrossMotor)}, respiratory {Num(d.Respiratory ?? d.Q10Respiratory)})" +
                (d.Gastrostomy == true ? ", gastrostomy" : "")),
            VitalCapacityDetails d => (Day(d.Date), $"{(d.Kind == VitalCapacityKind.Slow ? "SVC" : "FVC")} best {Num(d.BestPercentPredicted)} % predicted, {Num(d.BestLitres)} L"),
            StrengthDetails d => (Day(d.Date), $"{d.MuscleGroup}{(d.Side == BodySide.None ? "" : ", " + d.Side.ToString().ToLowerInvariant())}: " +
                (d.Method == StrengthMethod.Mrc ? $"MRC grade {Num(d.Value)}" : $"{Num(d.Value)} N (hand-held dynamometry)")),
            AlsaqDetails d => (Day(d.Date), Alsaq(d)),
            VitalSignsDetails d => (Day(d.Date), $"weight {Num(d.WeightKg)} kg, height {Num(d.HeightCm)} cm" + (d.Bmi is { } bmi ? $", BMI {Num(bmi)}" : "")),
            BiomarkerDetails d => (Day(d.Date), $"{d.Analyte} {Num(d.Value)} {d.Unit} ({SelectField.Words(d.Matrix.ToString())})" + (d.Assay is null ? "" : $", {d.Assay}")),
            AdministrationDetails d => (Day(d.Date), $"Dose {d.DoseNumber}: {d.DoseAmount.ToString("G3", CultureInfo.InvariantCulture)} {SelectField.Words(d.DoseUnit.ToString()).ToLowerInvariant()}, " +
                $"{SelectField.Words(d.Route.ToString()).ToLowerInvariant()}" + (patient.Products.TryGetValue(d.CellProductId, out var lot) ? $", lot {lot.Details.Lot}" : "")),
            AdverseEventDetails d => (Day(d.OnsetDate), $"{d.VerbatimTerm}, {(d.Grade is { } g ? $"grade {g.Value}" : "not graded")}{(d.Serious ? ", serious" : "")}, " +
                $"product: {SelectField.Words(d.RelatednessToProduct.ToString()).ToLowerInvariant()}, procedure: {SelectField.Words(d.RelatednessToProcedure.ToString()).ToLowerInvariant()}"),
            ClinicalEventDetails d => (Day(d.Date), SelectField.Words(d.Kind.ToString()) + (d.EndDate is { } e ? $" to {Day(e)}" : "") + (d.HoursPerDay is { } h ? $", {Num(h)} h/day" : "") +
                (d.Cause is null ? "" : $", cause: {d.Cause}")),
            MedicationDetails d => (d.StartDate is { } s ? Day(s) : "—", d.Name + (d.StopDate is { } stop ? $", stopped {Day(stop)}" : "")),
            _ => ("—", record.Content.GetType().Name),
        };
    }

    /// <summary>"ALSAQ-5: physical mobility 50, … ; summary index 45 (5 of 5 answered)".</summary>
    private static string Alsaq(AlsaqDetails d) =>
        $"{(d.Form == AlsaqForm.Alsaq5 ? "ALSAQ-5" : "ALSAQ-40")}: " +
        string.Join(", ", Enum.GetValues<AlsaqDomain>().Select(domain => $"{Application.Records.AlsaqInput.DomainName(domain).ToLowerInvariant()} {Score(d.DomainScore(domain))}")) +
        $"; summary index {Score(d.SummaryIndex)} ({d.Items.Count(i => i is not null)} of {d.Items.Count} answered)";

    private static string Score(double? x) => x is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double? x) => x is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static string Num(int? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
