using Motus.Analysis.Common;

namespace Motus.Analysis.Tests.Common;

public sealed class TimeUnitsTests
{
    [Fact]
    public void MonthsBetween_OneJulianYear_IsTwelve()
    {
        // 365.25 days = 12 months of 30.4375 days; four calendar years (one leap day) = 1461 days = 48 months
        Assert.Equal(48.0, TimeUnits.MonthsBetween(new DateOnly(2020, 1, 1), new DateOnly(2024, 1, 1)), 12);
    }

    [Fact]
    public void MonthsBetween_Reversed_IsNegative()
    {
        // 61 days back = −61 / 30.4375 = −2.004106776…
        Assert.Equal(-61 / 30.4375, TimeUnits.MonthsBetween(new DateOnly(2024, 3, 1), new DateOnly(2023, 12, 31)), 12);
    }
}
