using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>Beta against R's pbeta/qbeta for shapes 0.3…1e5 (fixture distributions/beta.json).</summary>
public sealed class DistBetaTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "beta.json");

    [Fact]
    public void BetaCdf_GridIncludingTailsTo1e12_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var x = c.GetProperty("x").Doubles();
        var a = c.GetProperty("a").Doubles();
        var b = c.GetProperty("b").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upper").Doubles();
        var check = new GridCheck("pbeta", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.BetaCdf(x[i], a[i], b[i]), $"pbeta({x[i]}, {a[i]}, {b[i]})");
            check.Add(upper[i], Dist.BetaUpper(x[i], a[i], b[i]), $"pbeta({x[i]}, {a[i]}, {b[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void BetaQuantile_GridOfShapesAndProbabilities_MatchesRWithin1e10Relative()
    {
        // Arrange
        var q = Fixture.GetProperty("quantile");
        var p = q.GetProperty("p").Doubles();
        var a = q.GetProperty("a").Doubles();
        var b = q.GetProperty("b").Doubles();
        var value = q.GetProperty("value").Doubles();
        var u = Fixture.GetProperty("upperQuantile");
        var pu = u.GetProperty("q").Doubles();
        var au = u.GetProperty("a").Doubles();
        var bu = u.GetProperty("b").Doubles();
        var valueU = u.GetProperty("value").Doubles();
        var check = new GridCheck("qbeta", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(value[i], Dist.BetaQuantile(p[i], a[i], b[i]), $"qbeta({p[i]}, {a[i]}, {b[i]})");
        }

        for (var i = 0; i < pu.Length; i++)
        {
            check.Add(valueU[i], Dist.BetaUpperQuantile(pu[i], au[i], bu[i]), $"qbeta({pu[i]}, {au[i]}, {bu[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void BetaCdf_NonPositiveShape_ThrowsNamingShape()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => Dist.BetaCdf(0.5, 1, 0));

        // Assert
        Assert.Equal("b", ex.ParamName);
    }
}
