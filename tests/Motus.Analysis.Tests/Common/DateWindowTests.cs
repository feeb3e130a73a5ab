using Motus.Analysis.Common;

namespace Motus.Analysis.Tests.Common;

public sealed class DateWindowTests
{
    [Fact]
    public void Contains_Ends_AreIncluded()
    {
        var w = new DateWindow(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));

        Assert.True(w.Contains(new DateOnly(2025, 1, 1)));
        Assert.True(w.Contains(new DateOnly(2025, 3, 31)));
        Assert.False(w.Contains(new DateOnly(2024, 12, 31)));
        Assert.False(w.Contains(new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DateWindow(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31)));
    }

    [Fact]
    public void ToString_All_SaysAllDates()
    {
        Assert.Equal("all dates", DateWindow.All.ToString());
        Assert.Equal("2025-01-01 to 2025-01-02", new DateWindow(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2)).ToString());
    }
}
