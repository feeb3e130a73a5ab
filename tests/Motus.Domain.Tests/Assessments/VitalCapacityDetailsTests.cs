using Motus.Domain.Assessments;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class VitalCapacityDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Best_ThreeTrials_IsLargestTrialInEachUnit()
    {
        // Arrange
        var details = ValidVitalCapacityDetails();

        // Act
        var best = (details.BestLitres, details.BestPercentPredicted);

        // Assert
        Assert.Equal((3.4, 85.0), best);
    }

    [Fact]
    public void Best_LargestIsLastTrialAndOthersMissing_IsThatTrial()
    {
        // Arrange
        var details = new VitalCapacityDetails { Date = Today, Trial1Litres = 2.0, Trial3Litres = 2.6, Trial2Percent = 55 };

        // Act
        var best = (details.BestLitres, details.BestPercentPredicted);

        // Assert
        Assert.Equal((2.6, 55.0), best);
    }

    [Fact]
    public void BestLitres_NoTrialInLitres_IsNullButRecordIsValid()
    {
        // Arrange
        var details = new VitalCapacityDetails { Date = Today, Kind = VitalCapacityKind.Slow, Trial1Percent = 61 };

        // Act
        var best = details.BestLitres;

        // Assert
        Assert.Null(best);
        Assert.Equal(61.0, details.BestPercentPredicted);
        Assert.Empty(details.Validate(Today));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(10.5)]
    [InlineData(double.NaN)]
    public void Validate_PredictedLitresOutOfRange_ReportsLitresRange(double litres)
    {
        // Arrange
        var details = ValidVitalCapacityDetails() with { PredictedLitres = litres };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "VC-01", "PredictedLitres");
    }

    [Fact]
    public void Validate_PercentAbove200AndLitresOutOfRange_ReportsBoth()
    {
        // Arrange
        var details = ValidVitalCapacityDetails() with { Trial3Percent = 200.1, Trial1Litres = 0 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("VC-01", "Trial1Litres"), ("VC-02", "Trial3Percent")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_UndefinedKind_ReportsUndefinedCode()
    {
        // Arrange
        var details = ValidVitalCapacityDetails() with { Kind = (VitalCapacityKind)0 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-05", "Kind");
    }
}
