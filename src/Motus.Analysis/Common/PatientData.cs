using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Analysis.Common;

/// <summary>The current (not soft-deleted) records of a patient, in date order. Every analysis reads records through here.</summary>
internal static class PatientData
{
    /// <summary>Current ALSFRS / ALSFRS-R ratings, ordered by date (stable for equal dates).</summary>
    public static List<AlsfrsDetails> Alsfrs(PatientRecord record) =>
        record.Alsfrs.Where(a => !a.IsDeleted).Select(a => a.Details).OrderBy(d => d.Date).ToList();

    /// <summary>Current vital-capacity tests, ordered by date.</summary>
    public static List<VitalCapacityDetails> VitalCapacity(PatientRecord record) =>
        record.VitalCapacity.Where(v => !v.IsDeleted).Select(v => v.Details).OrderBy(d => d.Date).ToList();

    /// <summary>Current administrations, ordered by date and then dose number.</summary>
    public static List<AdministrationDetails> Administrations(PatientRecord record) =>
        record.Administrations.Where(a => !a.IsDeleted).Select(a => a.Details).OrderBy(d => d.Date).ThenBy(d => d.DoseNumber).ToList();

    /// <summary>The earliest current event of <paramref name="kind"/>, or null.</summary>
    public static DateOnly? FirstEvent(PatientRecord record, ClinicalEventKind kind) =>
        record.Events.Where(e => !e.IsDeleted && e.Details.Kind == kind).Select(e => (DateOnly?)e.Details.Date).Min();

    /// <summary>The date of the current death event, or null.</summary>
    public static DateOnly? DeathDate(PatientRecord record) => FirstEvent(record, ClinicalEventKind.Death);
}
