using Motus.Domain.Patients;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Patients;

public sealed class PatientTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Create_ValidDetails_DetailsRoundTrip()
    {
        // Arrange
        var studyId = StudyId.New();
        var siteId = SiteId.New();
        var details = ValidPatientDetails() with { WithdrawalDate = new(2026, 2, 1), Genetics = GeneticFindings.Sod1, Ftd = null };

        // Act
        var patient = Patient.Create(studyId, siteId, details, Today).Value;

        // Assert
        Assert.Equal(details, patient.Details);
        Assert.Equal((studyId, siteId, "P001"), (patient.StudyId, patient.SiteId, patient.Code));
        Assert.NotEqual(Guid.Empty, patient.Id.Value);
        Assert.False(patient.IsDeleted);
    }

    [Fact]
    public void Create_InvalidDetails_ValueThrowsWithViolations()
    {
        // Arrange
        var details = ValidPatientDetails() with { YearOfBirth = 1800 };

        // Act
        var result = Patient.Create(StudyId.New(), SiteId.New(), details, Today);

        // Assert
        Assert.False(result.IsValid);
        var ex = Assert.Throws<DomainValidationException>(() => result.Value);
        ViolationAssert.Single(ex.Violations, "PAT-02", "YearOfBirth");
    }

    [Fact]
    public void DiagnosticDelayDays_OnsetAndDiagnosis_IsDaysBetween()
    {
        // Arrange
        var patient = ValidPatient();

        // Act
        var delay = patient.DiagnosticDelayDays;

        // Assert: 2024-03-01 to 2025-01-15.
        Assert.Equal(320, delay);
    }

    [Fact]
    public void DiagnosticDelayDays_DiagnosisUnknown_IsNull()
    {
        // Arrange
        var patient = ValidPatient(ValidPatientDetails() with { DiagnosisDate = null });

        // Act
        var delay = patient.DiagnosticDelayDays;

        // Assert
        Assert.Null(delay);
    }

    [Fact]
    public void Revise_ValidDetails_AppliesThem()
    {
        // Arrange
        var patient = ValidPatient();
        var revised = patient.Details with { WithdrawalDate = new(2026, 3, 1), ArmCode = PlaceboArm, Ftd = true };

        // Act
        var violations = patient.Revise(revised, Today);

        // Assert
        Assert.Empty(violations);
        Assert.Equal(revised, patient.Details);
    }

    [Fact]
    public void Revise_InvalidDetails_ChangesNothing()
    {
        // Arrange
        var patient = ValidPatient();
        var original = patient.Details;

        // Act
        var violations = patient.Revise(original with { Ftd = true, WithdrawalDate = new(2025, 1, 1) }, Today);

        // Assert
        ViolationAssert.Single(violations, "PAT-06", "WithdrawalDate");
        Assert.Equal(original, patient.Details);
    }

    [Fact]
    public void Revise_DifferentCode_ReportsCodeAndChangesNothing()
    {
        // Arrange
        var patient = ValidPatient();
        var original = patient.Details;

        // Act
        var violations = patient.Revise(original with { Code = "P002", Ftd = true }, Today);

        // Assert
        var v = ViolationAssert.Single(violations, "PAT-11", "Code");
        Assert.Equal("P002", v.Value);
        Assert.Contains("cannot be changed from P001", v.Message, StringComparison.Ordinal);
        Assert.Equal("P001", patient.Code);
        Assert.Equal(original, patient.Details);
    }

    [Fact]
    public void TransferTo_OtherSite_ChangesSiteOnly()
    {
        // Arrange
        var patient = ValidPatient();
        var studyId = patient.StudyId;
        var site = SiteId.New();

        // Act
        patient.TransferTo(site);

        // Assert
        Assert.Equal((studyId, site), (patient.StudyId, patient.SiteId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void MarkDeleted_BlankReason_ThrowsAndKeepsPatient(string reason)
    {
        // Arrange
        var patient = ValidPatient();

        // Act
        var act = () => patient.MarkDeleted(TestDates.Now, reason);

        // Assert
        Assert.Throws<ArgumentException>(act);
        Assert.False(patient.IsDeleted);
    }

    [Fact]
    public void MarkDeleted_WithReason_RecordsUtcInstantAndReason()
    {
        // Arrange
        var patient = ValidPatient();
        var at = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(2));

        // Act
        patient.MarkDeleted(at, "Duplicate registration");

        // Assert
        Assert.True(patient.IsDeleted);
        Assert.Equal(TimeSpan.Zero, patient.DeletedAt!.Value.Offset);
        Assert.Equal(at, patient.DeletedAt.Value);
        Assert.Equal("Duplicate registration", patient.DeletionReason);
    }

    [Fact]
    public void MarkDeleted_Twice_ThrowsAndKeepsFirstDeletion()
    {
        // Arrange
        var patient = ValidPatient();
        patient.MarkDeleted(TestDates.Now, "Duplicate registration");

        // Act
        var act = () => patient.MarkDeleted(TestDates.Now.AddDays(1), "Second try");

        // Assert
        Assert.Throws<InvalidOperationException>(act);
        Assert.Equal((TestDates.Now, "Duplicate registration"), (patient.DeletedAt!.Value, patient.DeletionReason));
    }
}
