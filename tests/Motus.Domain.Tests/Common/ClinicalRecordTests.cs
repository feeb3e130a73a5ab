using Motus.Domain.Medications;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Common;

public sealed class ClinicalRecordTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Revise_InvalidDetails_ReturnsViolationsAndChangesNothing()
    {
        // Arrange
        var record = ValidMedication(PatientId.New());
        var original = record.Details;

        // Act
        var violations = record.Revise(original with { Dose = "100", StopDate = new(2025, 1, 1) }, Today);

        // Assert
        ViolationAssert.Single(violations, "MED-01", "StopDate");
        Assert.Same(original, record.Details);
        Assert.Same(original, record.Content);
    }

    [Fact]
    public void Revise_ValidDetails_ReplacesDetailsKeepingIdentity()
    {
        // Arrange
        var record = ValidMedication(PatientId.New());
        var (id, patientId) = (record.Id, record.PatientId);
        var revised = record.Details with { StopDate = new(2026, 5, 1) };

        // Act
        var violations = record.Revise(revised, Today);

        // Assert
        Assert.Empty(violations);
        Assert.Same(revised, record.Details);
        Assert.Equal((id, patientId), (record.Id, record.PatientId));
    }

    [Fact]
    public void Revise_UsesTodayArgumentForFutureDates()
    {
        // Arrange
        var record = ValidMedication(PatientId.New());

        // Act
        var violations = record.Revise(record.Details with { StopDate = Today.AddDays(1) }, Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-01", "StopDate");
    }

    [Fact]
    public void MarkDeleted_NullReason_ThrowsArgumentNull()
    {
        // Arrange
        var record = ValidMedication(PatientId.New());

        // Act
        var act = () => record.MarkDeleted(TestDates.Now, null!);

        // Assert
        Assert.Throws<ArgumentNullException>(act);
        Assert.False(record.IsDeleted);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void MarkDeleted_BlankReason_ThrowsArgument(string reason)
    {
        // Arrange
        var record = ValidMedication(PatientId.New());

        // Act
        var act = () => record.MarkDeleted(TestDates.Now, reason);

        // Assert
        Assert.Throws<ArgumentException>(act);
        Assert.False(record.IsDeleted);
        Assert.Null(record.DeletionReason);
    }

    [Fact]
    public void MarkDeleted_WithReason_StoresUtcInstantAndReason()
    {
        // Arrange
        var record = ValidMedication(PatientId.New());
        var at = new DateTimeOffset(2026, 11, 25, 8, 30, 0, TimeSpan.FromHours(-5));

        // Act
        record.MarkDeleted(at, "Entered for the wrong patient");

        // Assert
        Assert.True(record.IsDeleted);
        Assert.Equal(TimeSpan.Zero, record.DeletedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 30, 0, TimeSpan.Zero), record.DeletedAt.Value);
        Assert.Equal("Entered for the wrong patient", record.DeletionReason);
    }

    [Fact]
    public void MarkDeleted_Twice_ThrowsAndKeepsFirstDeletion()
    {
        // Arrange
        var clock = TestDates.NewClock();
        var record = ValidMedication(PatientId.New());
        var first = clock.GetUtcNow();
        record.MarkDeleted(first, "Duplicate");
        clock.Advance(TimeSpan.FromHours(1));

        // Act
        var act = () => record.MarkDeleted(clock.GetUtcNow(), "Again");

        // Assert
        Assert.Throws<InvalidOperationException>(act);
        Assert.Equal((first, "Duplicate"), (record.DeletedAt!.Value, record.DeletionReason));
    }

    [Fact]
    public void Create_InvalidDetails_DoesNotCreate()
    {
        // Arrange
        var details = ValidMedicationDetails() with { Kind = (MedicationKind)99 };

        // Act
        var result = ConcomitantMedication.Create(PatientId.New(), details, Today);

        // Assert
        ViolationAssert.Single(result.Violations, "GEN-05", "Kind");
        Assert.Throws<DomainValidationException>(() => result.Value);
    }
}
