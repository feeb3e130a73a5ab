namespace Motus.Domain.Tests.Common;

public sealed class StudyDayTests
{
    private static readonly DateOnly DayZero = new(2024, 2, 20);

    [Theory]
    [InlineData(0, "2024-02-20")]
    [InlineData(9, "2024-02-29")]
    [InlineData(10, "2024-03-01")]
    [InlineData(-20, "2024-01-31")]
    [InlineData(366, "2025-02-20")]
    public void ToDate_Day_IsDayZeroPlusDaysAcrossLeapDay(int day, string expected)
    {
        // Act
        var date = new StudyDay(day).ToDate(DayZero);

        // Assert
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-365)]
    [InlineData(3650)]
    public void Between_DateOfStudyDay_RoundTrips(int day)
    {
        // Arrange
        var date = new StudyDay(day).ToDate(DayZero);

        // Act
        var back = StudyDay.Between(DayZero, date);

        // Assert
        Assert.Equal(new StudyDay(day), back);
    }

    [Fact]
    public void ToString_NegativeDay_IsInvariantInteger()
    {
        // Act
        var text = new StudyDay(-14).ToString();

        // Assert
        Assert.Equal("-14", text);
    }
}
