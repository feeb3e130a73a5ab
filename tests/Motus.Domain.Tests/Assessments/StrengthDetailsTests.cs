using Motus.Domain.Assessments;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class StrengthDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(4.5, true)]
    [InlineData(5.0, true)]
    [InlineData(-0.5, false)]
    [InlineData(double.NaN, false)]
    public void Validate_MrcGrade_IsValidOnlyFrom0To5(double grade, bool valid)
    {
        // Arrange
        var details = ValidStrengthDetails() with { Value = grade };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("STR-01", "Value")], ViolationAssert.Pairs(violations));
    }

    [Theory]
    [InlineData(0.1, true)]
    [InlineData(1000.0, true)]
    [InlineData(1000.1, false)]
    [InlineData(-5.0, false)]
    public void Validate_DynamometryForce_IsValidOnlyAbove0UpTo1000(double newtons, bool valid)
    {
        // Arrange
        var details = ValidStrengthDetails() with { Method = StrengthMethod.HandHeldDynamometry, Value = newtons };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal(valid ? [] : [("STR-02", "Value")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_MrcGradeAbove5ForDynamometry_IsAForceNotAGrade()
    {
        // Arrange
        var details = ValidStrengthDetails() with { Method = StrengthMethod.HandHeldDynamometry, Value = 150 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_BlankMuscleGroupAndUndefinedSide_ReportsBoth()
    {
        // Arrange
        var details = ValidStrengthDetails() with { MuscleGroup = "", Side = (BodySide)3 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-05", "Side"), ("GEN-03", "MuscleGroup")], ViolationAssert.Pairs(violations));
    }
}
