using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Domain.Studies;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Validation;

/// <summary>
/// One case per rule in <see cref="DomainRules"/>: an input that breaks that rule and nothing else, and its valid
/// counterpart (usually the boundary value). A new rule without a case fails <see cref="Cases_EveryDomainRule_HasOneCase"/>.
/// The entity test classes add boundaries, multiple violations and behaviour beyond the rule id.
/// </summary>
public sealed class RuleCoverageTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly DateOnly DeathDate = new(2026, 10, 1);

    private static readonly Dictionary<string, RuleCase> Cases = new RuleCase[]
    {
        // General
        new("GEN-01", "Date", () => V(ValidAlsfrsDetails(Today.AddDays(1))), () => V(ValidAlsfrsDetails(Today))),
        new("GEN-02", "Date", () => V(ValidAlsfrsDetails(new(1899, 12, 31))), () => V(ValidAlsfrsDetails(new(1900, 1, 1)))),
        new("GEN-03", "Name", () => V(ValidMedicationDetails() with { Name = " " }), () => V(ValidMedicationDetails() with { Name = "R" })),
        new("GEN-04", "Name", () => V(ValidMedicationDetails() with { Name = new string('x', 201) }), () => V(ValidMedicationDetails() with { Name = new string('x', 200) })),
        new("GEN-05", "Sex", () => Pat(ValidPatientDetails() with { Sex = (Sex)3 }), () => Pat(ValidPatientDetails() with { Sex = Sex.Male })),

        // Study and site
        new("STUDY-01", "Arm.Code", () => StudyWith(arms: [new("A", "Active"), new("a", "Again")]), () => StudyWith(arms: [new("A", "Active"), new("B", "Placebo")])),
        new("STUDY-02", "Visit.WindowBefore", () => StudyWith(visits: [new("Baseline", 0, -1, 0)]), () => StudyWith(visits: [new("Baseline", 0, 0, 0)])),
        new("STUDY-03", "Visit.Name", () => StudyWith(visits: [new("Month 3", 91, 7, 7), new("MONTH 3", 92, 7, 7)]), () => StudyWith(visits: [new("Month 3", 91, 7, 7), new("Month 6", 182, 7, 7)])),
        new("STUDY-04", "Code", () => Site.Create(StudyId.New(), "S 01", "Site").Violations, () => Site.Create(StudyId.New(), "S-01", "Site").Violations),

        // Patient
        new("PAT-01", "Code", () => Pat(ValidPatientDetails("Jane Doe")), () => Pat(ValidPatientDetails("P-001"))),
        new("PAT-02", "YearOfBirth", () => Pat(ValidPatientDetails() with { YearOfBirth = 1899 }), () => Pat(ValidPatientDetails() with { YearOfBirth = 1900 })),
        new("PAT-03", "DiagnosisDate", () => Pat(ValidPatientDetails() with { DiagnosisDate = new(2024, 2, 29) }), () => Pat(ValidPatientDetails() with { DiagnosisDate = new(2024, 3, 1) })),
        new("PAT-04", "EnrolmentDate", () => Pat(ValidPatientDetails() with { ConsentDate = new(2025, 1, 10), EnrolmentDate = new(2025, 1, 14) }), () => Pat(ValidPatientDetails() with { ConsentDate = new(2025, 1, 10), EnrolmentDate = new(2025, 1, 15) })),
        new("PAT-05", "EnrolmentDate", () => Pat(ValidPatientDetails() with { ConsentDate = new(2025, 6, 11) }), () => Pat(ValidPatientDetails() with { ConsentDate = new(2025, 6, 10) })),
        new("PAT-06", "WithdrawalDate", () => Pat(ValidPatientDetails() with { WithdrawalDate = new(2025, 6, 9) }), () => Pat(ValidPatientDetails() with { WithdrawalDate = new(2025, 6, 10) })),
        new("PAT-07", "OnsetDate", () => Pat(ValidPatientDetails() with { OnsetDate = new(1961, 12, 31) }), () => Pat(ValidPatientDetails() with { OnsetDate = new(1962, 1, 1) })),
        new("PAT-08", "Patient.ArmCode", () => ArmCheck("LOW-DOSE"), () => ArmCheck(PlaceboArm)),
        new("PAT-09", "EnrolmentDate", () => Pat(ValidPatientDetails() with { DiagnosisDate = null, OnsetDate = new(2025, 6, 11) }), () => Pat(ValidPatientDetails() with { DiagnosisDate = null, OnsetDate = new(2025, 6, 10) })),
        new("PAT-10", "Code", () => Patient.CheckCodeUnique("p001", ["P001", "P002"]), () => Patient.CheckCodeUnique("P003", ["P001", "P002"])),
        new("PAT-11", "Code", () => ValidPatient().Revise(ValidPatientDetails("P002"), Today), () => ValidPatient().Revise(ValidPatientDetails() with { Ftd = true }, Today)),

        // ALSFRS / ALSFRS-R
        new("ALSFRS-01", "Q1Speech", () => V(ValidAlsfrsDetails() with { Q1Speech = 5 }), () => V(ValidAlsfrsDetails() with { Q1Speech = 0 })),
        new("ALSFRS-02", "Q5bCuttingGastrostomy", () => V(ValidAlsfrsDetails() with { Q5bCuttingGastrostomy = 2, Gastrostomy = null }), () => V(ValidAlsfrsDetails() with { Q5aCutting = null, Q5bCuttingGastrostomy = 2, Gastrostomy = null })),
        new("ALSFRS-03", "Q10Respiratory", () => V(ValidAlsfrsDetails() with { Q10Respiratory = 3 }), () => V(ValidAlsfrsDetails() with { Scale = AlsfrsScale.Alsfrs, Q10Respiratory = 3, R1Dyspnea = null, R2Orthopnea = null, R3RespiratoryInsufficiency = null })),
        new("ALSFRS-04", "Q5aCutting", () => V(ValidAlsfrsDetails() with { Gastrostomy = true }), () => V(ValidAlsfrsDetails() with { Gastrostomy = true, Q5aCutting = null, Q5bCuttingGastrostomy = 2 })),
        new("ALSFRS-05", "RecordedTotal", () => V(ValidAlsfrsDetails() with { RecordedTotal = 35 }), () => V(ValidAlsfrsDetails() with { RecordedTotal = 36 })),
        new("ALSFRS-06", "RecordedTotal", () => V(new AlsfrsDetails { Date = Today, RecordedTotal = 49 }), () => V(new AlsfrsDetails { Date = Today, RecordedTotal = 48 })),
        new("ALSFRS-07", "RecordedTotal", () => V(new AlsfrsDetails { Date = Today }), () => V(new AlsfrsDetails { Date = Today, Q1Speech = 4 })),

        // Other assessments
        new("VC-01", "Trial2Litres", () => V(ValidVitalCapacityDetails() with { Trial2Litres = 10.01 }), () => V(ValidVitalCapacityDetails() with { Trial2Litres = 10 })),
        new("VC-02", "Trial1Percent", () => V(ValidVitalCapacityDetails() with { Trial1Percent = 0 }), () => V(ValidVitalCapacityDetails() with { Trial1Percent = 200 })),
        new("VC-03", "Trial1Litres", () => V(new VitalCapacityDetails { Date = Today }), () => V(new VitalCapacityDetails { Date = Today, Trial1Percent = 60 })),
        new("STR-01", "Value", () => V(ValidStrengthDetails() with { Value = 5.5 }), () => V(ValidStrengthDetails() with { Value = 4.5 })),
        new("STR-02", "Value", () => V(ValidStrengthDetails() with { Method = StrengthMethod.HandHeldDynamometry, Value = 0 }), () => V(ValidStrengthDetails() with { Method = StrengthMethod.HandHeldDynamometry, Value = 1000 })),
        new("VS-01", "WeightKg", () => V(ValidVitalSignsDetails() with { WeightKg = 19.9 }), () => V(ValidVitalSignsDetails() with { WeightKg = 20 })),
        new("VS-02", "HeightCm", () => V(ValidVitalSignsDetails() with { HeightCm = 250.5 }), () => V(ValidVitalSignsDetails() with { HeightCm = 250 })),
        new("VS-03", "WeightKg", () => V(new VitalSignsDetails { Date = Today }), () => V(new VitalSignsDetails { Date = Today, HeightCm = 170 })),
        new("ALSAQ-01", "Items[3]", () => V(AlsaqWithItem3(5)), () => V(AlsaqWithItem3(4))),
        new("ALSAQ-02", "Items", () => V(ValidAlsaqDetails() with { Form = AlsaqForm.Alsaq5 }), () => V(ValidAlsaqDetails() with { Form = AlsaqForm.Alsaq5, Items = [0, 1, 2, 3, 4] })),
        new("BIO-01", "Value", () => V(ValidBiomarkerDetails() with { Value = double.NaN }), () => V(ValidBiomarkerDetails() with { Value = 0 })),

        // Cell therapy
        new("CP-01", "ViabilityPercent", () => (ValidCellProductDetails() with { ViabilityPercent = 100.5 }).Validate(Today), () => (ValidCellProductDetails() with { ViabilityPercent = 100 }).Validate(Today)),
        new("CP-02", "DonorPatientId", () => (ValidCellProductDetails() with { Origin = CellOrigin.Autologous }).Validate(Today), () => (ValidCellProductDetails() with { Origin = CellOrigin.Autologous, DonorPatientId = PatientId.New() }).Validate(Today)),
        new("CP-03", "Lot", () => CellProduct.CheckLotUnique("lot-001", ["LOT-001", "LOT-002"]), () => CellProduct.CheckLotUnique("LOT-003", ["LOT-001", "LOT-002"])),
        new("ADM-01", "DoseAmount", () => V(ValidAdministrationDetails() with { DoseAmount = 0 }), () => V(ValidAdministrationDetails() with { DoseAmount = 1e12 })),
        new("ADM-02", "DoseNumber", () => V(ValidAdministrationDetails(doseNumber: 0)), () => V(ValidAdministrationDetails(doseNumber: 1))),
        new("ADM-03", "Administration.Date", () => Series(_ => ReleasedOn(new(2025, 7, 2)), (1, new(2025, 7, 1))), () => Series(_ => ReleasedOn(new(2025, 7, 1)), (1, new(2025, 7, 1)))),
        new("ADM-04", "Administration.CellProductId", () => Series(_ => AutologousOf(PatientId.New()), (1, new(2025, 7, 1))), () => Series(p => AutologousOf(p.Id), (1, new(2025, 7, 1)))),
        new("ADM-05", "Administration.DoseNumber", () => Series(_ => ValidCellProductDetails(), (1, new(2025, 7, 1)), (1, new(2025, 8, 1))), () => Series(_ => ValidCellProductDetails(), (1, new(2025, 7, 1)), (2, new(2025, 8, 1)))),
        new("ADM-06", "Administration.Date", () => Series(_ => ValidCellProductDetails(), (1, new(2025, 5, 31))), () => Series(_ => ValidCellProductDetails(), (1, new(2025, 6, 1)))),
        new("ADM-07", "Administration.DoseNumber", () => Series(_ => ValidCellProductDetails(), (2, new(2025, 7, 1)), (1, new(2025, 8, 1))), () => Series(_ => ValidCellProductDetails(), (1, new(2025, 7, 1)), (2, new(2025, 8, 1)))),

        // Adverse events
        new("AE-01", "Grade", () => V(ValidAdverseEventDetails() with { Grade = default(CtcaeGrade) }), () => V(ValidAdverseEventDetails() with { Grade = CtcaeGrade.From(1) })),
        new("AE-02", "ResolutionDate", () => V(ValidAdverseEventDetails() with { ResolutionDate = new(2025, 7, 1) }), () => V(ValidAdverseEventDetails() with { ResolutionDate = new(2025, 7, 2) })),
        new("AE-03", "SeriousCriteria", () => V(ValidAdverseEventDetails() with { Serious = true }), () => V(ValidAdverseEventDetails() with { Serious = true, SeriousCriteria = SeriousnessCriteria.Hospitalisation })),
        new("AE-04", "Outcome", () => V(FatalEvent(DeathDate) with { Outcome = AeOutcome.Recovered }), () => V(FatalEvent(DeathDate))),
        new("AE-05", "AdverseEvent.ResolutionDate", () => FatalEventCheck(death: null), () => FatalEventCheck(death: DeathDate)),
        new("AE-06", "AdverseEvent.AdministrationId", () => LinkedEventCheck(new(2025, 7, 3)), () => LinkedEventCheck(new(2025, 7, 2))),
        new("AE-07", "ResolutionDate", () => V(FatalEvent(DeathDate) with { ResolutionDate = null }), () => V(FatalEvent(DeathDate))),
        new("AE-08", "SeriousCriteria", () => V(FatalEvent(DeathDate) with { SeriousCriteria = SeriousnessCriteria.Hospitalisation }), () => V(FatalEvent(DeathDate) with { SeriousCriteria = SeriousnessCriteria.Death | SeriousnessCriteria.Hospitalisation })),

        // Medications and events
        new("MED-01", "StopDate", () => V(ValidMedicationDetails() with { StopDate = new(2025, 1, 31) }), () => V(ValidMedicationDetails() with { StopDate = new(2025, 2, 1) })),
        new("EVT-01", "HoursPerDay", () => V(NivUsage(24.5, new(2026, 2, 1))), () => V(NivUsage(24, new(2026, 2, 1)))),
        new("EVT-02", "EndDate", () => V(NivUsage(8, new(2025, 12, 31))), () => V(NivUsage(8, new(2026, 1, 1)))),
        new("EVT-03", "ClinicalEvent.Kind", () => Deaths(DeathDate, DeathDate), () => Deaths(DeathDate)),
        new("EVT-04", "Cause", () => V(ValidClinicalEventDetails() with { Cause = "Choking" }), () => V(DeathDetails(DeathDate, "Choking"))),

        // Cross-record
        new("XR-01", "AlsfrsAssessment.Date", () => AssessedAfterDeath(DeathDate.AddDays(1)), () => AssessedAfterDeath(DeathDate)),
    }.ToDictionary(c => c.RuleId);

    /// <summary>Every rule id with a case, for the theories.</summary>
    public static TheoryData<string> RuleIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in Cases.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Validate_InputBreakingOnlyThisRule_ReportsThisRuleOnItsField(string ruleId)
    {
        // Arrange
        var c = Cases[ruleId];

        // Act
        var violations = c.Broken();

        // Assert
        ViolationAssert.Single(violations, ruleId, c.Field);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Validate_ValidCounterpart_ReportsNothing(string ruleId)
    {
        // Arrange
        var c = Cases[ruleId];

        // Act
        var violations = c.Valid();

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Cases_EveryDomainRule_HasOneCase()
    {
        // Arrange
        var ruleIds = DomainRules.All.Select(r => r.Id).Order(StringComparer.Ordinal);

        // Act
        var caseIds = Cases.Keys.Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(ruleIds, caseIds);
    }

    private static IReadOnlyList<RuleViolation> V(IRecordDetails details) => details.Validate(Today);

    private static IReadOnlyList<RuleViolation> Pat(PatientDetails details) => details.Validate(Today);

    private static IReadOnlyList<RuleViolation> StudyWith(ArmPlan[]? arms = null, VisitPlan[]? visits = null) =>
        Study.Create("A study", "P-1", arms ?? [], visits ?? []).Violations;

    private static IReadOnlyList<RuleViolation> ArmCheck(string armCode) =>
        PatientRecordRules.Check(new PatientRecord { Patient = ValidPatient(ValidPatientDetails() with { ArmCode = armCode }), Study = ValidStudy() });

    private static AlsaqDetails AlsaqWithItem3(int score)
    {
        var items = Enumerable.Repeat<int?>(2, 40).ToArray();
        items[2] = score;
        return ValidAlsaqDetails() with { Items = items };
    }

    private static CellProductDetails ReleasedOn(DateOnly date) => ValidCellProductDetails() with { ReleaseDate = date };

    private static CellProductDetails AutologousOf(PatientId donor) => ValidCellProductDetails() with { Origin = CellOrigin.Autologous, DonorPatientId = donor };

    private static IReadOnlyList<RuleViolation> Series(Func<Patient, CellProductDetails> product, params (int Dose, DateOnly Date)[] doses)
    {
        var patient = ValidPatient();
        var lot = ValidCellProduct(patient.StudyId, product(patient));
        return PatientRecordRules.Check(new PatientRecord
        {
            Patient = patient,
            Administrations = doses.Select(d => ValidAdministration(patient.Id, ValidAdministrationDetails(lot.Id, d.Dose, d.Date))).ToList(),
            Products = new Dictionary<CellProductId, CellProduct> { [lot.Id] = lot },
        });
    }

    private static AdverseEventDetails FatalEvent(DateOnly died) => ValidAdverseEventDetails() with
    {
        Grade = CtcaeGrade.From(5),
        Serious = true,
        SeriousCriteria = SeriousnessCriteria.Death,
        OnsetDate = died.AddDays(-5),
        ResolutionDate = died,
        Outcome = AeOutcome.Fatal,
    };

    private static IReadOnlyList<RuleViolation> FatalEventCheck(DateOnly? death)
    {
        var patient = ValidPatient();
        return PatientRecordRules.Check(new PatientRecord
        {
            Patient = patient,
            AdverseEvents = [ValidAdverseEvent(patient.Id, FatalEvent(DeathDate))],
            Events = death is { } d ? [ValidClinicalEvent(patient.Id, DeathDetails(d))] : [],
        });
    }

    private static IReadOnlyList<RuleViolation> LinkedEventCheck(DateOnly administeredOn)
    {
        var patient = ValidPatient();
        var administration = ValidAdministration(patient.Id, ValidAdministrationDetails(date: administeredOn));
        return PatientRecordRules.Check(new PatientRecord
        {
            Patient = patient,
            Administrations = [administration],
            AdverseEvents = [ValidAdverseEvent(patient.Id, ValidAdverseEventDetails() with { AdministrationId = administration.Id })],
        });
    }

    private static ClinicalEventDetails NivUsage(double hours, DateOnly end) =>
        new() { Kind = ClinicalEventKind.NivUsage, Date = new(2026, 1, 1), EndDate = end, HoursPerDay = hours };

    private static IReadOnlyList<RuleViolation> Deaths(params DateOnly[] dates)
    {
        var patient = ValidPatient();
        return PatientRecordRules.Check(new PatientRecord
        {
            Patient = patient,
            Events = dates.Select(d => ValidClinicalEvent(patient.Id, DeathDetails(d))).ToList(),
        });
    }

    private static IReadOnlyList<RuleViolation> AssessedAfterDeath(DateOnly assessed)
    {
        var patient = ValidPatient();
        return PatientRecordRules.Check(new PatientRecord
        {
            Patient = patient,
            Alsfrs = [ValidAlsfrsAssessment(patient.Id, ValidAlsfrsDetails(assessed))],
            Events = [ValidClinicalEvent(patient.Id, DeathDetails(DeathDate))],
        });
    }

    private sealed record RuleCase(string RuleId, string Field, Func<IReadOnlyList<RuleViolation>> Broken, Func<IReadOnlyList<RuleViolation>> Valid);
}
