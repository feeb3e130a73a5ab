using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Safety;
using Motus.Domain.Studies;

namespace Motus.Domain.Records;

/// <summary>
/// A patient with every clinical record: the unit on which cross-record rules (<see cref="PatientRecordRules"/>) are
/// checked. Soft-deleted records may be included; the rules ignore them.
/// </summary>
public sealed record PatientRecord
{
    /// <summary>The patient.</summary>
    public required Patient Patient { get; init; }
    /// <summary>The patient's study (for the arm rule), when loaded.</summary>
    public Study? Study { get; init; }
    /// <summary>ALSFRS / ALSFRS-R ratings.</summary>
    public IReadOnlyList<AlsfrsAssessment> Alsfrs { get; init; } = [];
    /// <summary>Vital-capacity tests.</summary>
    public IReadOnlyList<VitalCapacityTest> VitalCapacity { get; init; } = [];
    /// <summary>Strength measurements.</summary>
    public IReadOnlyList<StrengthMeasurement> Strength { get; init; } = [];
    /// <summary>Weight and height.</summary>
    public IReadOnlyList<VitalSigns> VitalSigns { get; init; } = [];
    /// <summary>ALSAQ questionnaires.</summary>
    public IReadOnlyList<AlsaqAssessment> Alsaq { get; init; } = [];
    /// <summary>Biomarker results.</summary>
    public IReadOnlyList<BiomarkerResult> Biomarkers { get; init; } = [];
    /// <summary>Cell-product administrations.</summary>
    public IReadOnlyList<Administration> Administrations { get; init; } = [];
    /// <summary>Adverse events.</summary>
    public IReadOnlyList<AdverseEvent> AdverseEvents { get; init; } = [];
    /// <summary>Concomitant medications.</summary>
    public IReadOnlyList<ConcomitantMedication> Medications { get; init; } = [];
    /// <summary>Clinical events.</summary>
    public IReadOnlyList<ClinicalEvent> Events { get; init; } = [];
    /// <summary>The cell-product lots the administrations refer to, by id.</summary>
    public IReadOnlyDictionary<CellProductId, CellProduct> Products { get; init; } = new Dictionary<CellProductId, CellProduct>();

    /// <summary>Every clinical record, current and deleted, with its kind's name.</summary>
    public IEnumerable<(string Kind, IClinicalRecord Record)> AllRecords()
    {
        foreach (var r in Alsfrs) { yield return (nameof(AlsfrsAssessment), r); }
        foreach (var r in VitalCapacity) { yield return (nameof(VitalCapacityTest), r); }
        foreach (var r in Strength) { yield return (nameof(StrengthMeasurement), r); }
        foreach (var r in VitalSigns) { yield return (nameof(Assessments.VitalSigns), r); }
        foreach (var r in Alsaq) { yield return (nameof(AlsaqAssessment), r); }
        foreach (var r in Biomarkers) { yield return (nameof(BiomarkerResult), r); }
        foreach (var r in Administrations) { yield return (nameof(Administration), r); }
        foreach (var r in AdverseEvents) { yield return (nameof(AdverseEvent), r); }
        foreach (var r in Medications) { yield return (nameof(ConcomitantMedication), r); }
        foreach (var r in Events) { yield return (nameof(ClinicalEvent), r); }
    }

    /// <summary>The same patient with only the current (not soft-deleted) records in every list: what analyses and reports show.</summary>
    public PatientRecord Current() => this with
    {
        Alsfrs = [.. Alsfrs.Where(r => !r.IsDeleted)],
        VitalCapacity = [.. VitalCapacity.Where(r => !r.IsDeleted)],
        Strength = [.. Strength.Where(r => !r.IsDeleted)],
        VitalSigns = [.. VitalSigns.Where(r => !r.IsDeleted)],
        Alsaq = [.. Alsaq.Where(r => !r.IsDeleted)],
        Biomarkers = [.. Biomarkers.Where(r => !r.IsDeleted)],
        Administrations = [.. Administrations.Where(r => !r.IsDeleted)],
        AdverseEvents = [.. AdverseEvents.Where(r => !r.IsDeleted)],
        Medications = [.. Medications.Where(r => !r.IsDeleted)],
        Events = [.. Events.Where(r => !r.IsDeleted)],
    };

    /// <summary>The current (not deleted) death event, if any.</summary>
    public ClinicalEvent? Death => Events.FirstOrDefault(e => !e.IsDeleted && e.Details.Kind == ClinicalEventKind.Death);
}
