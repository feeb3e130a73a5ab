using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>χ² against R's pchisq/qchisq for df 0.5…1e5 (fixture distributions/chisq.json).</summary>
public sealed class DistChiSquareTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "chisq.json");

    [Fact]
    public void ChiSquareCdf_GridIncludingTailsTo1e12_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var x = c.GetProperty("x").Doubles();
        var df = c.GetProperty("df").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upper").Doubles();
        var check = new GridCheck("pchisq", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.ChiSquareCdf(x[i], df[i]), $"pchisq({x[i]}, {df[i]})");
            check.Add(upper[i], Dist.ChiSquareUpper(x[i], df[i]), $"pchisq({x[i]}, {df[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void ChiSquareQuantile_GridOfDfAndProbabilities_MatchesRWithin1e10Relative()
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
        var check = new GridCheck("qchisq", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(value[i], Dist.ChiSquareQuantile(p[i], df[i]), $"qchisq({p[i]}, {df[i]})");
        }

        for (var i = 0; i < pu.Length; i++)
        {
            check.Add(valueU[i], Dist.ChiSquareUpperQuantile(pu[i], dfu[i]), $"qchisq({pu[i]}, {dfu[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void ChiSquareCdf_NonPositiveX_IsZeroAndUpperIsOne()
    {
        // Arrange, Act, Assert
        Assert.Equal(0, Dist.ChiSquareCdf(0, 3));
        Assert.Equal(1, Dist.ChiSquareUpper(-1, 3));
    }

    [Fact]
    public void ChiSquareQuantile_InfiniteDf_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => Dist.ChiSquareQuantile(0.5, double.PositiveInfinity));

        // Assert
        Assert.Equal("df", ex.ParamName);
    }
}
