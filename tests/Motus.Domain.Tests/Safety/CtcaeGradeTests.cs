using Motus.Domain.Safety;

namespace Motus.Domain.Tests.Safety;

public sealed class CtcaeGradeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void From_Grade1To5_KeepsValue(int value)
    {
        // Act
        var grade = CtcaeGrade.From(value);

        // Assert
        Assert.Equal(value, grade.Value);
        Assert.Equal(value == 5, grade.IsFatal);
        Assert.Equal($"Grade {value}", grade.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void From_OutsideGrade1To5_ThrowsArgumentOutOfRange(int value)
    {
        // Act
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CtcaeGrade.From(value));

        // Assert
        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void TryCreate_Grade1To5_ReturnsTrueWithGrade(int value)
    {
        // Act
        var ok = CtcaeGrade.TryCreate(value, out var grade);

        // Assert
        Assert.True(ok);
        Assert.Equal(CtcaeGrade.From(value), grade);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void TryCreate_OutsideGrade1To5_ReturnsFalseWithDefault(int value)
    {
        // Act
        var ok = CtcaeGrade.TryCreate(value, out var grade);

        // Assert
        Assert.False(ok);
        Assert.Equal(default, grade);
    }

    [Fact]
    public void Default_IsGradeZeroAndNotFatal()
    {
        // Arrange: a struct always has a default; AdverseEventDetails rejects it (AE-01).
        var grade = default(CtcaeGrade);

        // Act
        var value = grade.Value;

        // Assert
        Assert.Equal(0, value);
        Assert.False(grade.IsFatal);
    }
}
