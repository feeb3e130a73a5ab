using Motus.Domain.Assessments;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class VitalSignsDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Bmi_WeightAndHeight_IsKilogramsOverMetresSquared()
    {
        // Arrange
        var details = ValidVitalSignsDetails();

        // Act
        var bmi = details.Bmi;

        // Assert
        Assert.NotNull(bmi);
        Assert.Equal(70 / (1.75 * 1.75), bmi.Value, 12);
        Assert.Equal(22.857, bmi.Value, 3);
    }

    [Theory]
    [InlineData(null, 175.0)]
    [InlineData(70.0, null)]
    public void Bmi_WeightOrHeightMissing_IsNull(double? weight, double? height)
    {
        // Arrange
        var details = new VitalSignsDetails { Date = Today, WeightKg = weight, HeightCm = height };

        // Act
        var bmi = details.Bmi;

        // Assert
        Assert.Null(bmi);
        Assert.Empty(details.Validate(Today));
    }

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(350.0, true)]
    [InlineData(350.1, false)]
    [InlineData(double.NaN, false)]
    public void Validate_WeightAtAndBeyondBounds_ReportsWeightRangeOnlyOutside(double weight, bool valid)
    {
        // Arrange
        var details = ValidVitalSignsDetails() with { WeightKg = weight };

        // Act
        var violations = details.Validate(Today);

        // Assert
        if (valid)
        {
            Assert.Empty(violations);
        }
        else
        {
            ViolationAssert.Single(violations, "VS-01", "WeightKg");
        }
    }

    [Theory]
    [InlineData(100.0, true)]
    [InlineData(99.9, false)]
    public void Validate_HeightAtAndBelowLowerBound_ReportsHeightRangeOnlyBelow(double height, bool valid)
    {
        // Arrange
        var details = ValidVitalSignsDetails() with { HeightCm = height };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("VS-02", "HeightCm")], ViolationAssert.Pairs(violations));
    }
}
