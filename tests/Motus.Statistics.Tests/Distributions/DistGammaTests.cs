using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>Gamma against R's pgamma/qgamma for shapes 0.25…1e5 and several rates (fixture distributions/gamma.json).</summary>
public sealed class DistGammaTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "gamma.json");

    [Fact]
    public void GammaCdf_GridIncludingTailsTo1e12_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var x = c.GetProperty("x").Doubles();
        var shape = c.GetProperty("shape").Doubles();
        var rate = c.GetProperty("rate").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upper").Doubles();
        var check = new GridCheck("pgamma", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.GammaCdf(x[i], shape[i], rate[i]), $"pgamma({x[i]}, {shape[i]}, {rate[i]})");
            check.Add(upper[i], Dist.GammaUpper(x[i], shape[i], rate[i]), $"pgamma({x[i]}, {shape[i]}, {rate[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void GammaQuantile_GridOfShapesAndProbabilities_MatchesRWithin1e10Relative()
    {
        // Arrange
        var q = Fixture.GetProperty("quantile");
        var p = q.GetProperty("p").Doubles();
        var shape = q.GetProperty("shape").Doubles();
        var rate = q.GetProperty("rate").Doubles();
        var value = q.GetProperty("value").Doubles();
        var u = Fixture.GetProperty("upperQuantile");
        var pu = u.GetProperty("q").Doubles();
        var shapeU = u.GetProperty("shape").Doubles();
        var rateU = u.GetProperty("rate").Doubles();
        var valueU = u.GetProperty("value").Doubles();
        var check = new GridCheck("qgamma", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(value[i], Dist.GammaQuantile(p[i], shape[i], rate[i]), $"qgamma({p[i]}, {shape[i]}, {rate[i]})");
        }

        for (var i = 0; i < pu.Length; i++)
        {
            check.Add(valueU[i], Dist.GammaUpperQuantile(pu[i], shapeU[i], rateU[i]), $"qgamma({pu[i]}, {shapeU[i]}, {rateU[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }
}
