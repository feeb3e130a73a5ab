using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Safety;
using Motus.Domain.Studies;

namespace Motus.Testing;

/// <summary>
/// Valid domain objects with plausible defaults, all dated on or before <see cref="TestDates.Today"/>. A test changes
/// only what it is about, with <c>with { … }</c> on a details record or through the optional arguments.
/// Default time line: onset 2024-03-01, diagnosis 2025-01-15, lot released 2025-05-20, consent 2025-06-01,
/// enrolment 2025-06-10, dose 1 on 2025-07-01, adverse event 2025-07-02 to 2025-07-04, ALSFRS-R on 2025-09-10.
/// </summary>
public static class Builders
{
    /// <summary>Code of the active arm of <see cref="ValidStudy"/>; the default patient is allocated to it.</summary>
    public const string ActiveArm = "MSC-IT";

    /// <summary>Code of the placebo arm of <see cref="ValidStudy"/>.</summary>
    public const string PlaceboArm = "PLACEBO";

    /// <summary>A study with two arms and a three-visit schedule.</summary>
    public static Study ValidStudy(string protocolId = "MOTUS-001", DateOnly? dateShiftAnchor = null) =>
        Study.Create(
            "Intrathecal MSC in ALS",
            protocolId,
            [new ArmPlan(ActiveArm, "MSC intrathecal"), new ArmPlan(PlaceboArm, "Placebo")],
            [new VisitPlan("Screening", -14, 0, 14), new VisitPlan("Baseline", 0, 0, 3), new VisitPlan("Month 3", 91, 7, 7)],
            dateShiftAnchor).Value;

    /// <summary>A site of <paramref name="studyId"/>.</summary>
    public static Site ValidSite(StudyId studyId, string code = "S01") => Site.Create(studyId, code, "University Hospital", "DE").Value;

    /// <summary>A consented, enrolled patient in the active arm, not withdrawn.</summary>
    public static PatientDetails ValidPatientDetails(string code = "P001") => new()
    {
        Code = code,
        Sex = Sex.Female,
        YearOfBirth = 1962,
        OnsetDate = new(2024, 3, 1),
        OnsetRegion = OnsetRegion.UpperLimb,
        DiagnosisDate = new(2025, 1, 15),
        DiagnosticCategory = DiagnosticCategory.ElEscorialProbable,
        Genetics = GeneticFindings.None,
        Ftd = false,
        FamilyHistory = false,
        ArmCode = ActiveArm,
        ConsentDate = new(2025, 6, 1),
        EnrolmentDate = new(2025, 6, 10),
        RiluzoleAtBaseline = true,
        RiluzoleReportDate = new(2025, 6, 10),
    };

    /// <summary>A patient created from <paramref name="details"/> (default <see cref="ValidPatientDetails"/>).</summary>
    public static Patient ValidPatient(PatientDetails? details = null, StudyId? studyId = null, SiteId? siteId = null) =>
        Patient.Create(studyId ?? StudyId.New(), siteId ?? SiteId.New(), details ?? ValidPatientDetails(), TestDates.Today).Value;

    /// <summary>
    /// A complete ALSFRS-R without gastrostomy, total 36: bulbar 4+3+4 = 11, fine motor 3+2(5a)+3 = 8,
    /// gross motor 3+2+1 = 6, respiratory 4+4+3 = 11. Different sub-scores, so a mixed-up item shows.
    /// </summary>
    public static AlsfrsDetails ValidAlsfrsDetails(DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 9, 10),
        Scale = AlsfrsScale.AlsfrsR,
        Q1Speech = 4,
        Q2Salivation = 3,
        Q3Swallowing = 4,
        Q4Handwriting = 3,
        Q5aCutting = 2,
        Q6Dressing = 3,
        Q7Turning = 3,
        Q8Walking = 2,
        Q9Stairs = 1,
        R1Dyspnea = 4,
        R2Orthopnea = 4,
        R3RespiratoryInsufficiency = 3,
        Gastrostomy = false,
        Mode = AdministrationMode.Clinic,
        Respondent = Respondent.Patient,
        Rater = "R01",
    };

    /// <summary>A normal ALSFRS-R: every item 4 (total 48), no gastrostomy (item 5a answered, flag false).</summary>
    public static AlsfrsDetails NormalAlsfrsDetails(DateOnly date) => new()
    {
        Date = date,
        Q1Speech = 4,
        Q2Salivation = 4,
        Q3Swallowing = 4,
        Q4Handwriting = 4,
        Q5aCutting = 4,
        Q6Dressing = 4,
        Q7Turning = 4,
        Q8Walking = 4,
        Q9Stairs = 4,
        R1Dyspnea = 4,
        R2Orthopnea = 4,
        R3RespiratoryInsufficiency = 4,
        Gastrostomy = false,
    };

    /// <summary>A complete ALSAQ-40 with every item answered 2 (every domain score 50).</summary>
    public static AlsaqDetails ValidAlsaqDetails(DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 9, 10),
        Form = AlsaqForm.Alsaq40,
        Items = Enumerable.Repeat<int?>(2, 40).ToArray(),
    };

    /// <summary>An FVC with three trials: best 3.4 L and 85 % predicted (trial 2).</summary>
    public static VitalCapacityDetails ValidVitalCapacityDetails(DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 9, 10),
        Kind = VitalCapacityKind.Forced,
        Trial1Litres = 3.1,
        Trial2Litres = 3.4,
        Trial3Litres = 3.2,
        Trial1Percent = 78,
        Trial2Percent = 85,
        Trial3Percent = 80,
        PredictedLitres = 4.0,
    };

    /// <summary>70 kg, 175 cm.</summary>
    public static VitalSignsDetails ValidVitalSignsDetails(DateOnly? date = null) =>
        new() { Date = date ?? new(2025, 9, 10), WeightKg = 70, HeightCm = 175 };

    /// <summary>MRC grade 4 of the right shoulder abductors.</summary>
    public static StrengthDetails ValidStrengthDetails(DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 9, 10),
        Method = StrengthMethod.Mrc,
        MuscleGroup = "Shoulder abduction",
        Side = BodySide.Right,
        Value = 4,
    };

    /// <summary>CSF neurofilament light, 2500 pg/mL.</summary>
    public static BiomarkerDetails ValidBiomarkerDetails(DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 9, 10),
        Analyte = "NfL",
        Matrix = BiomarkerMatrix.Csf,
        Value = 2500,
        Unit = "pg/mL",
        Assay = "Simoa",
    };

    /// <summary>An allogeneic bone-marrow MSC lot released on 2025-05-20.</summary>
    public static CellProductDetails ValidCellProductDetails(string lot = "LOT-001") => new()
    {
        Lot = lot,
        Name = "BM-MSC",
        Type = CellType.Msc,
        Source = TissueSource.BoneMarrow,
        Origin = CellOrigin.Allogeneic,
        ViabilityPercent = 92,
        ReleaseDate = new(2025, 5, 20),
    };

    /// <summary>A lot of <paramref name="studyId"/> created from <paramref name="details"/> (default <see cref="ValidCellProductDetails"/>).</summary>
    public static CellProduct ValidCellProduct(StudyId studyId, CellProductDetails? details = null) =>
        CellProduct.Create(studyId, details ?? ValidCellProductDetails(), TestDates.Today).Value;

    /// <summary>An intrathecal dose of 1e8 cells.</summary>
    public static AdministrationDetails ValidAdministrationDetails(CellProductId? productId = null, int doseNumber = 1, DateOnly? date = null) => new()
    {
        Date = date ?? new(2025, 7, 1),
        CellProductId = productId ?? CellProductId.New(),
        Route = AdministrationRoute.Intrathecal,
        DoseAmount = 1e8,
        DoseUnit = DoseUnit.Cells,
        DoseNumber = doseNumber,
    };

    /// <summary>A non-serious grade-1 headache, resolved after two days.</summary>
    public static AdverseEventDetails ValidAdverseEventDetails() => new()
    {
        VerbatimTerm = "Headache after lumbar puncture",
        Category = AeCategory.Headache,
        Grade = CtcaeGrade.From(1),
        Serious = false,
        SeriousCriteria = SeriousnessCriteria.None,
        RelatednessToProduct = Relatedness.Unlikely,
        RelatednessToProcedure = Relatedness.Probable,
        Expectedness = Expectedness.Expected,
        OnsetDate = new(2025, 7, 2),
        ResolutionDate = new(2025, 7, 4),
        Outcome = AeOutcome.Recovered,
    };

    /// <summary>Riluzole 50 mg twice daily, started 2025-02-01, not stopped.</summary>
    public static MedicationDetails ValidMedicationDetails() => new()
    {
        Kind = MedicationKind.Riluzole,
        Name = "Riluzole",
        StartDate = new(2025, 2, 1),
        Dose = "50",
        Unit = "mg",
        Frequency = "BID",
        Route = "oral",
    };

    /// <summary>A gastrostomy on 2026-01-10.</summary>
    public static ClinicalEventDetails ValidClinicalEventDetails() => new() { Kind = ClinicalEventKind.Gastrostomy, Date = new(2026, 1, 10) };

    /// <summary>A death on <paramref name="date"/>.</summary>
    public static ClinicalEventDetails DeathDetails(DateOnly date, string? cause = "Respiratory failure") =>
        new() { Kind = ClinicalEventKind.Death, Date = date, Cause = cause };

    /// <summary>An ALSFRS-R rating of <paramref name="patientId"/>.</summary>
    public static AlsfrsAssessment ValidAlsfrsAssessment(PatientId patientId, AlsfrsDetails? details = null) =>
        AlsfrsAssessment.Create(patientId, details ?? ValidAlsfrsDetails(), TestDates.Today).Value;

    /// <summary>A vital-capacity test of <paramref name="patientId"/>.</summary>
    public static VitalCapacityTest ValidVitalCapacityTest(PatientId patientId, VitalCapacityDetails? details = null) =>
        VitalCapacityTest.Create(patientId, details ?? ValidVitalCapacityDetails(), TestDates.Today).Value;

    /// <summary>An administration to <paramref name="patientId"/>.</summary>
    public static Administration ValidAdministration(PatientId patientId, AdministrationDetails? details = null) =>
        Administration.Create(patientId, details ?? ValidAdministrationDetails(), TestDates.Today).Value;

    /// <summary>An adverse event of <paramref name="patientId"/>.</summary>
    public static AdverseEvent ValidAdverseEvent(PatientId patientId, AdverseEventDetails? details = null) =>
        AdverseEvent.Create(patientId, details ?? ValidAdverseEventDetails(), TestDates.Today).Value;

    /// <summary>A concomitant medication of <paramref name="patientId"/>.</summary>
    public static ConcomitantMedication ValidMedication(PatientId patientId, MedicationDetails? details = null) =>
        ConcomitantMedication.Create(patientId, details ?? ValidMedicationDetails(), TestDates.Today).Value;

    /// <summary>A clinical event of <paramref name="patientId"/>.</summary>
    public static ClinicalEvent ValidClinicalEvent(PatientId patientId, ClinicalEventDetails? details = null) =>
        ClinicalEvent.Create(patientId, details ?? ValidClinicalEventDetails(), TestDates.Today).Value;
}
