using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Safety;

namespace Motus.Application.Records;

/// <summary>The kinds of record that can be entered, edited and deleted one at a time (pages and API).</summary>
public static class RecordKinds
{
    /// <summary>ALSFRS-R (or ALSFRS) ratings.</summary>
    public static RecordKind<AlsfrsAssessment, AlsfrsDetails> Alsfrs { get; } = new()
    {
        Slug = "alsfrs",
        Title = "ALSFRS-R assessment",
        Create = AlsfrsAssessment.Create,
        Set = db => db.Alsfrs,
        List = r => r.Alsfrs,
        WithList = (r, l) => r with { Alsfrs = l },
    };

    /// <summary>Vital-capacity tests (FVC/SVC).</summary>
    public static RecordKind<VitalCapacityTest, VitalCapacityDetails> VitalCapacity { get; } = new()
    {
        Slug = "vital-capacity",
        Title = "Vital capacity test",
        Create = VitalCapacityTest.Create,
        Set = db => db.VitalCapacity,
        List = r => r.VitalCapacity,
        WithList = (r, l) => r with { VitalCapacity = l },
    };

    /// <summary>Weight and height.</summary>
    public static RecordKind<VitalSigns, VitalSignsDetails> VitalSigns { get; } = new()
    {
        Slug = "vital-signs",
        Title = "Weight and height",
        Create = Domain.Assessments.VitalSigns.Create,
        Set = db => db.VitalSigns,
        List = r => r.VitalSigns,
        WithList = (r, l) => r with { VitalSigns = l },
    };

    /// <summary>Biomarker and laboratory results.</summary>
    public static RecordKind<BiomarkerResult, BiomarkerDetails> Biomarker { get; } = new()
    {
        Slug = "biomarkers",
        Title = "Biomarker result",
        Create = BiomarkerResult.Create,
        Set = db => db.Biomarkers,
        List = r => r.Biomarkers,
        WithList = (r, l) => r with { Biomarkers = l },
    };

    /// <summary>Cell-product administrations.</summary>
    public static RecordKind<Administration, AdministrationDetails> Administration { get; } = new()
    {
        Slug = "administrations",
        Title = "Administration",
        Create = Domain.CellTherapy.Administration.Create,
        Set = db => db.Administrations,
        List = r => r.Administrations,
        WithList = (r, l) => r with { Administrations = l },
    };

    /// <summary>Adverse events.</summary>
    public static RecordKind<AdverseEvent, AdverseEventDetails> AdverseEvent { get; } = new()
    {
        Slug = "adverse-events",
        Title = "Adverse event",
        Create = Domain.Safety.AdverseEvent.Create,
        Set = db => db.AdverseEvents,
        List = r => r.AdverseEvents,
        WithList = (r, l) => r with { AdverseEvents = l },
    };

    /// <summary>Clinical events (gastrostomy, NIV, tracheostomy, death, withdrawal, loss to follow-up).</summary>
    public static RecordKind<ClinicalEvent, ClinicalEventDetails> Event { get; } = new()
    {
        Slug = "events",
        Title = "Clinical event",
        Create = ClinicalEvent.Create,
        Set = db => db.Events,
        List = r => r.Events,
        WithList = (r, l) => r with { Events = l },
    };

    /// <summary>Concomitant medications.</summary>
    public static RecordKind<ConcomitantMedication, MedicationDetails> Medication { get; } = new()
    {
        Slug = "medications",
        Title = "Concomitant medication",
        Create = ConcomitantMedication.Create,
        Set = db => db.Medications,
        List = r => r.Medications,
        WithList = (r, l) => r with { Medications = l },
    };

    /// <summary>Strength measurements: one muscle group on one side, MRC grade or hand-held dynamometry.</summary>
    public static RecordKind<StrengthMeasurement, StrengthDetails> Strength { get; } = new()
    {
        Slug = "strength",
        Title = "Strength measurement",
        Create = StrengthMeasurement.Create,
        Set = db => db.Strength,
        List = r => r.Strength,
        WithList = (r, l) => r with { Strength = l },
    };

    /// <summary>ALSAQ-40 and ALSAQ-5 questionnaires.</summary>
    public static RecordKind<AlsaqAssessment, AlsaqDetails> Alsaq { get; } = new()
    {
        Slug = "alsaq",
        Title = "ALSAQ questionnaire",
        Create = AlsaqAssessment.Create,
        Set = db => db.Alsaq,
        List = r => r.Alsaq,
        WithList = (r, l) => r with { Alsaq = l },
    };

    /// <summary>Every kind, in the order shown on the patient page.</summary>
    public static IReadOnlyList<IRecordKind> All { get; } = [Alsfrs, VitalCapacity, Strength, VitalSigns, Alsaq, Biomarker, Administration, AdverseEvent, Event, Medication];

    /// <summary>The kind with this slug, or null.</summary>
    public static IRecordKind? Find(string slug) => All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.Ordinal));
}
