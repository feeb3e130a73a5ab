using Motus.Analysis.Safety;
using Motus.Analysis.Tests.Cohort;

namespace Motus.Analysis.Tests.Safety;

/// <summary>Exact Poisson limits against R's <c>poisson.test</c> (R 4.2.2), to 1e-9.</summary>
public sealed class PoissonRateTests
{
    [Theory]
    [InlineData(3, 10.0, 0.061867212289560158, 0.876727306974232290)]
    [InlineData(0, 7.5, 0.0, 0.49185059388185803)]
    [InlineData(5, 2.3, 0.70586364787757438, 5.07318786057507332)]
    public void Interval_Counts_MatchPoissonTest(int events, double exposure, double lower, double upper)
    {
        var (lo, hi) = PoissonRate.Interval(events, exposure, 0.95);

        Near.Equal(lower, lo, 1e-9, "lower");
        Near.Equal(upper, hi, 1e-9, "upper");
    }

    [Fact]
    public void Interval_ZeroEvents_UpperIsMinusLogAlphaHalf()
    {
        // k = 0: upper = χ²(0.975; 2)/2 = −ln(0.025) = 3.6888794541139363 per unit exposure.
        Assert.Equal(-Math.Log(0.025), PoissonRate.Interval(0, 1, 0.95).Upper, 10);
    }

    [Fact]
    public void Interval_ZeroExposure_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Interval(1, 0, 0.95));
    }
}
