using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Medications;

public sealed class MedicationDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Validate_StopWithoutStart_IsValid()
    {
        // Arrange
        var details = ValidMedicationDetails() with { StartDate = null, StopDate = new(2025, 1, 1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_StopBeforeStart_ReportsStopDateWithStart()
    {
        // Arrange
        var details = ValidMedicationDetails() with { StopDate = new(2025, 1, 31) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "MED-01", "StopDate");
        Assert.Equal("2025-01-31", v.Value);
        Assert.Contains("StartDate is 2025-02-01", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StopBefore1900WithoutStart_ReportsAncientDate()
    {
        // Arrange: a typo such as 1825 for 2025 must not pass because the start is unknown.
        var details = ValidMedicationDetails() with { StartDate = null, StopDate = new(1825, 3, 1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-02", "StopDate");
    }

    [Fact]
    public void Validate_FutureStartAndStop_ReportsBoth()
    {
        // Arrange
        var details = ValidMedicationDetails() with { StartDate = Today.AddDays(1), StopDate = Today.AddDays(2) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-01", "StartDate"), ("GEN-01", "StopDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_LongFreeTextFields_ReportsEach()
    {
        // Arrange
        var tooLong = new string('x', 61);
        var details = ValidMedicationDetails() with { Dose = tooLong, Unit = tooLong, Frequency = tooLong, Route = tooLong };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-04", "Dose"), ("GEN-04", "Unit"), ("GEN-04", "Frequency"), ("GEN-04", "Route")], ViolationAssert.Pairs(violations));
    }
}
