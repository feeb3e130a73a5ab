using Motus.Analysis.Endpoints;
using Motus.Domain.CellTherapy;
using Motus.Domain.Records;
using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>A patient of the safety population with the current records the tables need.</summary>
internal sealed class SafetyPatient
{
    public const string NoArm = "(none)";

    public SafetyPatient(PatientRecord record, AeWindow window)
    {
        Record = record;
        Arm = string.IsNullOrWhiteSpace(record.Patient.ArmCode) ? NoArm : record.Patient.ArmCode;
        Administrations = record.Administrations.Where(a => !a.IsDeleted).OrderBy(a => a.Details.Date).ThenBy(a => a.Details.DoseNumber).ToList();
        FirstAdministration = Administrations.Count > 0 ? Administrations[0].Details.Date : null;
        LastContact = FollowUp.LastContact(record);
        AllEvents = record.AdverseEvents.Where(e => !e.IsDeleted).OrderBy(e => e.Details.OnsetDate).ToList();
        Events = window == AeWindow.AllRecorded
            ? AllEvents
            : AllEvents.Where(e => FirstAdministration is { } f && e.Details.OnsetDate >= f).ToList();
    }

    public PatientRecord Record { get; }

    public string Code => Record.Patient.Code;

    public string Arm { get; }

    public List<Administration> Administrations { get; }

    public DateOnly? FirstAdministration { get; }

    public DateOnly? LastContact { get; }

    /// <summary>Current adverse events, whatever the window.</summary>
    public List<AdverseEvent> AllEvents { get; }

    /// <summary>Current adverse events in the chosen window.</summary>
    public List<AdverseEvent> Events { get; }

    /// <summary>Months from the first administration to the last contact; 0 without an administration.</summary>
    public double ExposureMonths => FirstAdministration is { } f && LastContact is { } l && l > f
        ? Common.TimeUnits.MonthsBetween(f, l)
        : 0;

    /// <summary>Events with onset in the exposure window [first administration, last contact].</summary>
    public IEnumerable<AdverseEvent> EventsInExposure() => FirstAdministration is { } f && LastContact is { } l
        ? AllEvents.Where(e => e.Details.OnsetDate >= f && e.Details.OnsetDate <= l)
        : [];

    /// <summary>The latest current administration on or before <paramref name="date"/>.</summary>
    public Administration? LastAdministrationOnOrBefore(DateOnly date) => Administrations.LastOrDefault(a => a.Details.Date <= date);
}
