using Motus.Domain.Safety;
using static Motus.Testing.Builders;

namespace Motus.Domain.Tests.Safety;

public sealed class AdverseEventDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void Validate_DefaultGrade_ReportsGradeRangeWithValueZero()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Grade = default(CtcaeGrade) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-01", "Grade");
        Assert.Equal("0", v.Value);
    }

    [Fact]
    public void Validate_Ungraded_IsValid()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Grade = null };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_FatalOutcomeBelowGrade5_ReportsGradeField()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Grade = CtcaeGrade.From(3), Outcome = AeOutcome.Fatal };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-04", "Grade");
        Assert.Equal("3", v.Value);
    }

    [Fact]
    public void Validate_Grade5NotFatalNotSeriousWithoutDate_ReportsOutcomeDateAndSeriousness()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Grade = CtcaeGrade.From(5), ResolutionDate = null, Outcome = AeOutcome.NotRecovered };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("AE-04", "Outcome"), ("AE-07", "ResolutionDate"), ("AE-08", "SeriousCriteria")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_NotSeriousWithCriteria_ReportsSeriousCriteria()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Serious = false, SeriousCriteria = SeriousnessCriteria.Hospitalisation };

        // Act
        var violations = details.Validate(Today);

        // Assert
        var v = ViolationAssert.Single(violations, "AE-03", "SeriousCriteria");
        Assert.Contains("serious = False", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedSeriousnessFlag_ReportsUndefinedCode()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { Serious = true, SeriousCriteria = SeriousnessCriteria.Hospitalisation | (SeriousnessCriteria)64 };

        // Act
        var violations = details.Validate(Today);

        // Assert
        ViolationAssert.Single(violations, "GEN-05", "SeriousCriteria");
    }

    [Fact]
    public void Validate_ResolutionInFutureAndBlankTerm_ReportsBoth()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { VerbatimTerm = "", ResolutionDate = Today.AddDays(1) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Equal([("GEN-03", "VerbatimTerm"), ("GEN-01", "ResolutionDate")], ViolationAssert.Pairs(violations));
    }

    [Fact]
    public void Validate_ResolvedSameDay_IsValid()
    {
        // Arrange
        var details = ValidAdverseEventDetails() with { ResolutionDate = new(2025, 7, 2) };

        // Act
        var violations = details.Validate(Today);

        // Assert
        Assert.Empty(violations);
    }
}
