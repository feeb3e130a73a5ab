namespace Motus.Domain.Tests.Common;

public sealed class CodesTests
{
    [Theory]
    [InlineData("P001")]
    [InlineData("a")]
    [InlineData("MSC-IT_v2.1")]
    [InlineData("0123456789012345678901234567890123456789")]
    public void IsValid_LettersDigitsDotUnderscoreDashUpTo40_IsTrue(string code)
    {
        // Act
        var valid = Codes.IsValid(code);

        // Assert
        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("P 001")]
    [InlineData("P001 ")]
    [InlineData("P001\n")]
    [InlineData("P001\r\n")]
    [InlineData("\nP001")]
    [InlineData("Jörg")]
    [InlineData("P/001")]
    [InlineData("01234567890123456789012345678901234567890")]
    public void IsValid_OtherCharactersOrLength_IsFalse(string? code)
    {
        // Act
        var valid = Codes.IsValid(code);

        // Assert
        Assert.False(valid);
    }
}
