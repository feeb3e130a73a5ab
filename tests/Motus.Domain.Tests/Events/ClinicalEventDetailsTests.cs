using Motus.Domain.Events;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Events;

public sealed class ClinicalEventDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(24.0, true)]
    [InlineData(-0.1, false)]
    [InlineData(double.NaN, false)]
    public void Validate_NivHoursPerDay_IsValidOnlyFrom0To24(double hours, bool valid)
    {
        // Arrange
        var details = NivUsage() with { HoursPerDay = hours };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("EVT-01", "HoursPerDay")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_NivUsageWithoutHoursOrEnd_ReportsBoth()
    {
        // Arrange
        var details = NivUsage() with { HoursPerDay = null, EndDate = null };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("EVT-01", "HoursPerDay"), ("EVT-02", "EndDate")], ViolationAssert.Pairs(violations));
        Assert.Null(violations[1].Value);
    }

    [Fact]
    public void Validate_HoursAndEndOnAnotherKind_ReportsBoth()
    {
        // Arrange
        var details = ValidClinicalEventDetails() with { HoursPerDay = 8, EndDate = new(2026, 2, 1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("EVT-01", "HoursPerDay"), ("EVT-02", "EndDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_EndInFuture_ReportsFutureDate()
    {
        // Arrange
        var details = NivUsage() with { EndDate = Today.AddDays(1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-01", "EndDate");
    }

    [Theory]
    [InlineData(ClinicalEventKind.Withdrawal)]
    [InlineData(ClinicalEventKind.Tracheostomy)]
    public void Validate_CauseOnOtherThanDeath_ReportsCause(ClinicalEventKind kind)
    {
        // Arrange
        var details = new ClinicalEventDetails { Kind = kind, Date = new(2026, 1, 10), Cause = "Respiratory failure" };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "EVT-04", "Cause");
    }

    [Fact]
    public void Validate_UndefinedKind_ReportsUndefinedCode()
    {
        // Arrange
        var details = ValidClinicalEventDetails() with { Kind = 0 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-05", "Kind");
    }

    [Fact]
    public void Dates_NivUsage_YieldsStartAndEnd()
    {
        // Arrange
        var details = NivUsage();

        // Act
        var dates = details.Dates().ToList();

        // Assert
        Assert.Equal([(new DateOnly(2026, 1, 1), "Date"), (new DateOnly(2026, 3, 1), "EndDate")], dates.Select(d => (d.Date, d.Field)));
    }

    private static ClinicalEventDetails NivUsage() =>
        new() { Kind = ClinicalEventKind.NivUsage, Date = new(2026, 1, 1), EndDate = new(2026, 3, 1), HoursPerDay = 10 };
}
