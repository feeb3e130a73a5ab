using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Assessments;

public sealed class BiomarkerDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void Validate_NonFiniteValue_ReportsValueFinite(double value)
    {
        // Arrange
        var details = ValidBiomarkerDetails() with { Value = value };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "BIO-01", "Value");
    }

    [Fact]
    public void Validate_NegativeFiniteValue_IsAllowed()
    {
        // Arrange: e.g. a log-transformed or baseline-corrected result.
        var details = ValidBiomarkerDetails() with { Value = -0.7 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_BlankAnalyteAndLongUnit_ReportsRequiredAndTooLong()
    {
        // Arrange
        var details = ValidBiomarkerDetails() with { Analyte = "\t", Unit = new string('u', 41) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-03", "Analyte"), ("GEN-04", "Unit")], ViolationAssert.Pairs(violations));
    }
}
