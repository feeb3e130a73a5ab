namespace Motus.Domain.Tests.Validation;

public sealed class ValidatedTests
{
    private static readonly RuleViolation Broken = new("GEN-03", "Name", null, "Name = (missing): is required.");

    [Fact]
    public void Success_Value_IsValidWithNoViolations()
    {
        // Arrange
        var value = new object();

        // Act
        var result = Validated<object>.Success(value);

        // Assert
        Assert.True(result.IsValid);
        Assert.Empty(result.Violations);
        Assert.Same(value, result.Value);
    }

    [Fact]
    public void Value_Failure_ThrowsDomainValidationExceptionWithTheViolations()
    {
        // Arrange
        IReadOnlyList<RuleViolation> violations = [Broken, Broken with { RuleId = "GEN-04" }];
        var result = Validated<object>.Failure(violations);

        // Act
        var ex = Assert.Throws<DomainValidationException>(() => result.Value);

        // Assert
        Assert.False(result.IsValid);
        Assert.Same(violations, ex.Violations);
        Assert.Equal($"[GEN-03] Name: Name = (missing): is required.{Environment.NewLine}[GEN-04] Name: Name = (missing): is required.", ex.Message);
    }

    [Fact]
    public void Failure_NoViolations_ThrowsArgumentOutOfRange()
    {
        // Act
        var act = () => Validated<object>.Failure([]);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void From_Violations_DoesNotRunCreate()
    {
        // Arrange
        var calls = 0;

        // Act
        var result = Validated<object>.From([Broken], () => { calls++; return new object(); });

        // Assert
        Assert.Equal(0, calls);
        Assert.Equal([Broken], result.Violations);
    }

    [Fact]
    public void From_NoViolations_RunsCreateOnce()
    {
        // Arrange
        var calls = 0;

        // Act
        var result = Validated<string>.From([], () => { calls++; return "created"; });

        // Assert
        Assert.Equal(1, calls);
        Assert.Equal("created", result.Value);
    }

    [Fact]
    public void DomainValidationException_NoViolations_HasGenericMessage()
    {
        // Act
        var ex = new DomainValidationException();

        // Assert
        Assert.Equal("Validation failed.", ex.Message);
        Assert.Empty(ex.Violations);
    }
}
