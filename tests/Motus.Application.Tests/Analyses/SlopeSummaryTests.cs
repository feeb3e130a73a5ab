using Motus.Application.Analyses;

namespace Motus.Application.Tests.Analyses;

public sealed class SlopeSummaryTests
{
    [Fact]
    public void Of_FourSlopesAndOneMissing_MatchesRSummary()
    {
        // R: x <- c(-2, -1, 0.5, 3); mean(x) = 0.125; sd(x) = 2.17466...; quantile(x) = -2, -1.25, -0.25, 1.125, 3
        var s = SlopeSummary.Of([0.5, null, -2, 3, -1]);

        Assert.Equal((5, 4), (s.Patients, s.Estimable));
        Assert.Equal(0.125, s.Mean!.Value, 12);
        Assert.Equal(Math.Sqrt(((2.125 * 2.125) + (1.125 * 1.125) + (0.375 * 0.375) + (2.875 * 2.875)) / 3), s.StandardDeviation!.Value, 12);
        Assert.Equal(-2, s.Minimum);
        Assert.Equal(-1.25, s.LowerQuartile!.Value, 12);
        Assert.Equal(-0.25, s.Median!.Value, 12);
        Assert.Equal(1.125, s.UpperQuartile!.Value, 12);
        Assert.Equal(3, s.Maximum);
    }

    [Fact]
    public void Of_OneSlope_NoStandardDeviation()
    {
        var s = SlopeSummary.Of([-1.5]);

        Assert.Null(s.StandardDeviation);
        Assert.Equal(-1.5, s.Median);
        Assert.Equal(-1.5, s.LowerQuartile);
    }

    [Fact]
    public void Of_NoEstimableSlope_AllNull()
    {
        var s = SlopeSummary.Of([null, null]);

        Assert.Equal((2, 0), (s.Patients, s.Estimable));
        Assert.Null(s.Mean);
        Assert.Null(s.Median);
    }
}
