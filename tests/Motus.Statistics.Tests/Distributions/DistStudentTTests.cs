using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>Student t against R's pt/dt/qt for df 0.5…1e5 and |x| up to 1e6 (fixture distributions/t.json).</summary>
public sealed class DistStudentTTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "t.json");

    [Fact]
    public void TCdf_GridOfDfAndX_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var x = c.GetProperty("x").Doubles();
        var df = c.GetProperty("df").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upper").Doubles();
        var density = c.GetProperty("density").Doubles();
        var check = new GridCheck("pt/dt", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.TCdf(x[i], df[i]), $"pt({x[i]}, {df[i]})");
            check.Add(upper[i], Dist.TUpper(x[i], df[i]), $"pt({x[i]}, {df[i]}, lower = FALSE)");
            check.Add(density[i], Dist.TDensity(x[i], df[i]), $"dt({x[i]}, {df[i]})");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void TQuantile_GridOfDfAndTailProbabilities_MatchesRWithin1e10Relative()
    {
        // Arrange
        var q = Fixture.GetProperty("quantile");
        var p = q.GetProperty("p").Doubles();
        var df = q.GetProperty("df").Doubles();
        var value = q.GetProperty("value").Doubles();
        var u = Fixture.GetProperty("upperQuantile");
        var pu = u.GetProperty("q").Doubles();
        var dfu = u.GetProperty("df").Doubles();
        var valueU = u.GetProperty("value").Doubles();
        var check = new GridCheck("qt", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(value[i], Dist.TQuantile(p[i], df[i]), $"qt({p[i]}, {df[i]})");
        }

        for (var i = 0; i < pu.Length; i++)
        {
            check.Add(valueU[i], Dist.TUpperQuantile(pu[i], dfu[i]), $"qt({pu[i]}, {dfu[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void TTwoSided_EqualsTwiceLowerTailOfMinusAbsT()
    {
        // Arrange
        const double t = 2.3;
        const double df = 7.5;

        // Act
        var p = Dist.TTwoSided(-t, df);

        // Assert
        Close.Relative(2 * Dist.TCdf(-t, df), p, 1e-15);
    }

    [Fact]
    public void TQuantile_InfiniteDf_IsNormalQuantile()
    {
        // Arrange, Act
        var q = Dist.TQuantile(0.975, double.PositiveInfinity);

        // Assert
        Close.Relative(Dist.NormalQuantile(0.975), q, 1e-15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void TCdf_NonPositiveDf_ThrowsNamingDf(double df)
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => Dist.TCdf(1, df));

        // Assert
        Assert.Equal("df", ex.ParamName);
    }
}
