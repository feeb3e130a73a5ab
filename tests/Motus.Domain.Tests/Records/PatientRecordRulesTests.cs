using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Records;

public sealed class PatientRecordRulesTests
{
    private static readonly DateOnly DeathDate = new(2026, 10, 1);

    private readonly Patient _patient = ValidPatient();

    [Fact]
    public void Check_FullValidRecordWithDeath_ReportsNothing()
    {
        // Arrange
        var study = ValidStudy();
        var lot = ValidCellProduct(study.Id, ValidCellProductDetails() with { Origin = CellOrigin.Autologous, DonorPatientId = _patient.Id });
        var dose1 = Dose(lot, 1, new(2025, 7, 1));
        var dose2 = Dose(lot, 2, new(2025, 9, 1));
        var id = _patient.Id;
        var record = new PatientRecord
        {
            Patient = _patient,
            Study = study,
            Alsfrs = [ValidAlsfrsAssessment(id), ValidAlsfrsAssessment(id, ValidAlsfrsDetails(DeathDate))],
            VitalCapacity = [ValidVitalCapacityTest(id)],
            Strength = [StrengthMeasurement.Create(id, ValidStrengthDetails(), TestDates.Today).Value],
            VitalSigns = [VitalSigns.Create(id, ValidVitalSignsDetails(), TestDates.Today).Value],
            Alsaq = [AlsaqAssessment.Create(id, ValidAlsaqDetails(), TestDates.Today).Value],
            Biomarkers = [BiomarkerResult.Create(id, ValidBiomarkerDetails(), TestDates.Today).Value],
            Administrations = [dose1, dose2],
            Products = Products(lot),
            AdverseEvents = [Ae(ValidAdverseEventDetails() with { AdministrationId = dose1.Id }), Ae(FatalEvent())],
            Medications = [ValidMedication(id, ValidMedicationDetails() with { StopDate = DeathDate })],
            Events = [ValidClinicalEvent(id), Event(DeathDetails(DeathDate))],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_AssessmentsAfterDeath_ReportsEachByKindAndField()
    {
        // Arrange
        var after = DeathDate.AddDays(1);
        var record = WithDeath() with
        {
            Alsfrs = [ValidAlsfrsAssessment(_patient.Id, ValidAlsfrsDetails(after))],
            VitalCapacity = [ValidVitalCapacityTest(_patient.Id, ValidVitalCapacityDetails(after))],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal([("XR-01", "AlsfrsAssessment.Date"), ("XR-01", "VitalCapacityTest.Date")], ViolationAssert.Pairs(violations));
        Assert.Equal("2026-10-02", violations[0].Value);
        Assert.Contains("death on 2026-10-01", violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AdverseEventStartingAfterDeath_ReportsOnsetAndResolution()
    {
        // Arrange
        var ae = ValidAdverseEventDetails() with { OnsetDate = DeathDate.AddDays(3), ResolutionDate = DeathDate.AddDays(4) };
        var record = WithDeath() with { AdverseEvents = [Ae(ae)] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal([("XR-01", "AdverseEvent.OnsetDate"), ("XR-01", "AdverseEvent.ResolutionDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Check_MedicationStoppedAfterDeath_ReportsStopDate()
    {
        // Arrange
        var record = WithDeath() with { Medications = [ValidMedication(_patient.Id, ValidMedicationDetails() with { StopDate = DeathDate.AddDays(10) })] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        ViolationAssert.Single(violations, "XR-01", "ConcomitantMedication.StopDate");
    }

    [Fact]
    public void Check_PatientWithdrawnAfterDeath_ReportsPatientWithdrawalDate()
    {
        // Arrange
        var patient = ValidPatient(ValidPatientDetails() with { WithdrawalDate = DeathDate.AddDays(1) });
        var record = new PatientRecord { Patient = patient, Events = [ValidClinicalEvent(patient.Id, DeathDetails(DeathDate))] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "XR-01", "Patient.WithdrawalDate");
        Assert.Equal("2026-10-02", v.Value);
    }

    [Fact]
    public void Check_RecordsOnTheDayOfDeath_AreAllowed()
    {
        // Arrange
        var record = WithDeath() with
        {
            Alsfrs = [ValidAlsfrsAssessment(_patient.Id, ValidAlsfrsDetails(DeathDate))],
            Events = [Event(DeathDetails(DeathDate)), Event(new ClinicalEventDetails { Kind = ClinicalEventKind.Tracheostomy, Date = DeathDate })],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_DeletedRecordAfterDeath_IsIgnored()
    {
        // Arrange
        var late = ValidAlsfrsAssessment(_patient.Id, ValidAlsfrsDetails(DeathDate.AddDays(1)));
        late.MarkDeleted(TestDates.Now, "Entered for the wrong patient");
        var record = WithDeath() with { Alsfrs = [late] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_DeletedDeath_DoesNotBlockLaterRecords()
    {
        // Arrange
        var death = Event(DeathDetails(DeathDate));
        death.MarkDeleted(TestDates.Now, "Wrong patient");
        var record = new PatientRecord
        {
            Patient = _patient,
            Events = [death],
            Alsfrs = [ValidAlsfrsAssessment(_patient.Id, ValidAlsfrsDetails(DeathDate.AddDays(30)))],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
        Assert.Null(record.Death);
    }

    [Fact]
    public void Check_TwoDeathsOnDifferentDays_ReportsSecondDeathAndItsDateAfterTheFirst()
    {
        // Arrange
        var record = new PatientRecord { Patient = _patient, Events = [Event(DeathDetails(DeathDate)), Event(DeathDetails(DeathDate.AddDays(2)))] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal([("EVT-03", "ClinicalEvent.Kind"), ("XR-01", "ClinicalEvent.Date")], ViolationAssert.Pairs(violations));
        Assert.Equal("Death", violations[0].Value);
        Assert.Contains("already recorded on 2026-10-01", violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreeDeaths_ReportsEachExtraDeath()
    {
        // Arrange
        var record = new PatientRecord { Patient = _patient, Events = [.. Enumerable.Range(0, 3).Select(_ => Event(DeathDetails(DeathDate)))] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal([("EVT-03", "ClinicalEvent.Kind"), ("EVT-03", "ClinicalEvent.Kind")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Check_SecondDeathDeleted_ReportsNothing()
    {
        // Arrange
        var duplicate = Event(DeathDetails(DeathDate));
        duplicate.MarkDeleted(TestDates.Now, "Duplicate");
        var record = new PatientRecord { Patient = _patient, Events = [Event(DeathDetails(DeathDate)), duplicate] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_Grade5EventEndingOnAnotherDayThanDeath_ReportsResolutionDateWithDeathDate()
    {
        // Arrange
        var record = WithDeath() with { AdverseEvents = [Ae(FatalEvent() with { ResolutionDate = DeathDate.AddDays(-1) })] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-05", "AdverseEvent.ResolutionDate");
        Assert.Equal("2026-09-30", v.Value);
        Assert.Contains("death recorded on 2026-10-01", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Grade5EventAndOnlyDeathDeleted_ReportsNoDeathRecorded()
    {
        // Arrange
        var death = Event(DeathDetails(DeathDate));
        death.MarkDeleted(TestDates.Now, "Wrong patient");
        var record = new PatientRecord { Patient = _patient, Events = [death], AdverseEvents = [Ae(FatalEvent())] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-05", "AdverseEvent.ResolutionDate");
        Assert.Contains("no death recorded", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeletedGrade5Event_IsIgnored()
    {
        // Arrange
        var fatal = Ae(FatalEvent());
        fatal.MarkDeleted(TestDates.Now, "Duplicate report");
        var record = new PatientRecord { Patient = _patient, AdverseEvents = [fatal] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_EventLinkedToAnotherPatientsAdministration_ReportsNoSuchAdministration()
    {
        // Arrange
        var other = ValidPatient(ValidPatientDetails("P002"));
        var othersDose = ValidAdministration(other.Id);
        var record = new PatientRecord
        {
            Patient = _patient,
            Administrations = [ValidAdministration(_patient.Id)],
            AdverseEvents = [Ae(ValidAdverseEventDetails() with { AdministrationId = othersDose.Id })],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-06", "AdverseEvent.AdministrationId");
        Assert.Equal(othersDose.Id.ToString(), v.Value);
        Assert.Contains("no such administration for this patient", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EventBeforeItsAdministration_ReportsBothDates()
    {
        // Arrange
        var dose = ValidAdministration(_patient.Id, ValidAdministrationDetails(date: new(2025, 7, 10)));
        var record = new PatientRecord { Patient = _patient, Administrations = [dose], AdverseEvents = [Ae(ValidAdverseEventDetails() with { AdministrationId = dose.Id })] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-06", "AdverseEvent.AdministrationId");
        Assert.Contains("given on 2025-07-10, onset 2025-07-02", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EventLinkedToDeletedAdministration_ReportsAeFollowsAdministration()
    {
        // Arrange
        var dose = ValidAdministration(_patient.Id);
        dose.MarkDeleted(TestDates.Now, "Not given");
        var record = new PatientRecord { Patient = _patient, Administrations = [dose], AdverseEvents = [Ae(ValidAdverseEventDetails() with { AdministrationId = dose.Id })] };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        ViolationAssert.Single(violations, "AE-06", "AdverseEvent.AdministrationId");
    }

    [Theory]
    [InlineData("MSC-IT", true)]
    [InlineData("placebo", true)]
    [InlineData(null, true)]
    [InlineData("LOW-DOSE", false)]
    public void Check_ArmCode_MustBeOneOfTheStudysArms(string? arm, bool valid)
    {
        // Arrange
        var record = new PatientRecord { Patient = ValidPatient(ValidPatientDetails() with { ArmCode = arm }), Study = ValidStudy() };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal(valid ? [] : [("PAT-08", "Patient.ArmCode")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Check_UnknownArmWithoutStudyLoaded_IsNotChecked()
    {
        // Arrange
        var record = new PatientRecord { Patient = ValidPatient(ValidPatientDetails() with { ArmCode = "LOW-DOSE" }) };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_AdministrationBeforeConsentAndRelease_ReportsBothOnDate()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New());
        var record = Series(lot, Dose(lot, 1, new(2025, 5, 10)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal([("ADM-06", "Administration.Date"), ("ADM-03", "Administration.Date")], ViolationAssert.Pairs(violations));
        Assert.Contains("Patient.ConsentDate is 2025-06-01", violations[0].Message, StringComparison.Ordinal);
        Assert.Contains("CellProduct.ReleaseDate is 2025-05-20", violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LotWithoutReleaseDate_IsNotCheckedForRelease()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New(), ValidCellProductDetails() with { ReleaseDate = null });
        var record = Series(lot, Dose(lot, 1, new(2025, 7, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_AutologousLotOfAnotherPatient_ReportsLotNumber()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New(), ValidCellProductDetails("AUTO-P002") with { Origin = CellOrigin.Autologous, DonorPatientId = PatientId.New() });
        var record = Series(lot, Dose(lot, 1, new(2025, 7, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "ADM-04", "Administration.CellProductId");
        Assert.Equal("AUTO-P002", v.Value);
    }

    [Fact]
    public void Check_ThreeDosesNumberedOne_ReportsTheDuplicateNumberOnce()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New());
        var record = Series(lot, Dose(lot, 1, new(2025, 7, 1)), Dose(lot, 1, new(2025, 8, 1)), Dose(lot, 1, new(2025, 9, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "ADM-05", "Administration.DoseNumber");
        Assert.Equal("1", v.Value);
    }

    [Fact]
    public void Check_DuplicateDoseDeleted_IsIgnored()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New());
        var duplicate = Dose(lot, 1, new(2025, 8, 1));
        duplicate.MarkDeleted(TestDates.Now, "Double entry");
        var record = Series(lot, Dose(lot, 1, new(2025, 7, 1)), duplicate);

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_DeletedAdministrationBeforeConsent_IsIgnored()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New());
        var early = Dose(lot, 1, new(2025, 5, 25));
        early.MarkDeleted(TestDates.Now, "Wrong date; re-entered");
        var record = Series(lot, early, Dose(lot, 1, new(2025, 7, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_DoseNumbersOutOfDateOrder_ReportsTheLaterLowerNumber()
    {
        // Arrange: doses 1, 3, 2 given in that date order.
        var lot = ValidCellProduct(StudyId.New());
        var record = Series(lot, Dose(lot, 1, new(2025, 7, 1)), Dose(lot, 3, new(2025, 8, 1)), Dose(lot, 2, new(2025, 9, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        var v = ViolationAssert.Single(violations, "ADM-07", "Administration.DoseNumber");
        Assert.Equal("2", v.Value);
        Assert.Contains("dose 3 has a higher number but was given earlier, on 2025-08-01", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoDosesOnTheSameDayInAnyOrder_AreInOrder()
    {
        // Arrange: e.g. an intrathecal and an intramuscular dose in one session.
        var lot = ValidCellProduct(StudyId.New());
        var record = Series(lot, Dose(lot, 2, new(2025, 7, 1)), Dose(lot, 1, new(2025, 7, 1)), Dose(lot, 3, new(2025, 8, 1)));

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_SeveralRulesBroken_ReportsAllOfThem()
    {
        // Arrange
        var lot = ValidCellProduct(StudyId.New());
        var patient = ValidPatient(ValidPatientDetails() with { ArmCode = "LOW-DOSE" });
        var record = new PatientRecord
        {
            Patient = patient,
            Study = ValidStudy(),
            Administrations =
            [
                ValidAdministration(patient.Id, ValidAdministrationDetails(lot.Id, 1, new(2025, 7, 1))),
                ValidAdministration(patient.Id, ValidAdministrationDetails(lot.Id, 1, new(2025, 8, 1))),
            ],
            Products = Products(lot),
            Alsfrs = [ValidAlsfrsAssessment(patient.Id, ValidAlsfrsDetails(DeathDate.AddDays(5)))],
            Events = [ValidClinicalEvent(patient.Id, DeathDetails(DeathDate))],
        };

        // Act
        var violations = PatientRecordRules.Check(record);

        // Assert
        Assert.Equal(
            [("PAT-08", "Patient.ArmCode"), ("XR-01", "AlsfrsAssessment.Date"), ("ADM-05", "Administration.DoseNumber")],
            ViolationAssert.Pairs(violations));
    }

    private static AdverseEventDetails FatalEvent() => ValidAdverseEventDetails() with
    {
        VerbatimTerm = "Respiratory failure",
        Category = AeCategory.Respiratory,
        Grade = CtcaeGrade.From(5),
        Serious = true,
        SeriousCriteria = SeriousnessCriteria.Death,
        OnsetDate = DeathDate.AddDays(-3),
        ResolutionDate = DeathDate,
        Outcome = AeOutcome.Fatal,
    };

    private static Dictionary<CellProductId, CellProduct> Products(params CellProduct[] lots) => lots.ToDictionary(l => l.Id);

    private PatientRecord WithDeath() => new() { Patient = _patient, Events = [Event(DeathDetails(DeathDate))] };

    private PatientRecord Series(CellProduct lot, params Administration[] doses) =>
        new() { Patient = _patient, Administrations = doses, Products = Products(lot) };

    private Administration Dose(CellProduct lot, int number, DateOnly date) =>
        ValidAdministration(_patient.Id, ValidAdministrationDetails(lot.Id, number, date));

    private AdverseEvent Ae(AdverseEventDetails details) => ValidAdverseEvent(_patient.Id, details);

    private ClinicalEvent Event(ClinicalEventDetails details) => ValidClinicalEvent(_patient.Id, details);
}
