using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>Normal CDF, tails, density and quantiles against R's pnorm/dnorm/qnorm (fixture distributions/normal.json).</summary>
public sealed class DistNormalTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "normal.json");

    [Fact]
    public void NormalCdf_GridIncludingFarTails_MatchesRWithin1e10Relative()
    {
        // Arrange
        var x = Fixture.GetProperty("x").Doubles();
        var lower = Fixture.GetProperty("lower").Doubles();
        var upper = Fixture.GetProperty("upper").Doubles();
        var density = Fixture.GetProperty("density").Doubles();
        var check = new GridCheck("pnorm/dnorm", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.NormalCdf(x[i]), $"pnorm({x[i]})");
            check.Add(upper[i], Dist.NormalUpper(x[i]), $"pnorm({x[i]}, lower = FALSE)");
            check.Add(density[i], Dist.NormalDensity(x[i]), $"dnorm({x[i]})");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void NormalQuantile_ProbabilitiesDownTo1e300_MatchesRWithin1e10Relative()
    {
        // Arrange
        var p = Fixture.GetProperty("p").Doubles();
        var q = Fixture.GetProperty("quantile").Doubles();
        var qu = Fixture.GetProperty("upperQuantile").Doubles();
        var check = new GridCheck("qnorm", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(q[i], Dist.NormalQuantile(p[i]), $"qnorm({p[i]})");
            check.Add(qu[i], Dist.NormalUpperQuantile(p[i]), $"qnorm({p[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void NormalQuantile_Boundaries_ReturnInfinities()
    {
        // Arrange, Act, Assert
        Assert.Equal(double.NegativeInfinity, Dist.NormalQuantile(0));
        Assert.Equal(double.PositiveInfinity, Dist.NormalQuantile(1));
        Assert.Equal(0, Dist.NormalQuantile(0.5), 15);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void NormalQuantile_ProbabilityOutsideUnitInterval_ThrowsNamingArgument(double p)
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => Dist.NormalQuantile(p));

        // Assert
        Assert.Equal("p", ex.ParamName);
    }

    [Fact]
    public void NormalCdf_NaN_Throws()
    {
        // Arrange, Act, Assert
        Assert.Throws<StatisticsInputException>(() => Dist.NormalCdf(double.NaN));
    }
}
