using Motus.Statistics.Distributions;

namespace Motus.Statistics.Tests.Distributions;

/// <summary>F against R's pf/qf for df pairs from (0.5, 0.5) to (1e5, 1e5) (fixture distributions/f.json).</summary>
public sealed class DistFTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("distributions", "f.json");

    [Fact]
    public void FCdf_GridIncludingTailsTo1e12_MatchesRWithin1e10Relative()
    {
        // Arrange
        var c = Fixture.GetProperty("cdf");
        var x = c.GetProperty("x").Doubles();
        var d1 = c.GetProperty("df1").Doubles();
        var d2 = c.GetProperty("df2").Doubles();
        var lower = c.GetProperty("lower").Doubles();
        var upper = c.GetProperty("upper").Doubles();
        var check = new GridCheck("pf", 1e-10);

        // Act
        for (var i = 0; i < x.Length; i++)
        {
            check.Add(lower[i], Dist.FCdf(x[i], d1[i], d2[i]), $"pf({x[i]}, {d1[i]}, {d2[i]})");
            check.Add(upper[i], Dist.FUpper(x[i], d1[i], d2[i]), $"pf({x[i]}, {d1[i]}, {d2[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }

    [Fact]
    public void FQuantile_GridOfDfAndProbabilities_MatchesRWithin1e10Relative()
    {
        // Arrange
        var q = Fixture.GetProperty("quantile");
        var p = q.GetProperty("p").Doubles();
        var d1 = q.GetProperty("df1").Doubles();
        var d2 = q.GetProperty("df2").Doubles();
        var value = q.GetProperty("value").Doubles();
        var u = Fixture.GetProperty("upperQuantile");
        var pu = u.GetProperty("q").Doubles();
        var d1u = u.GetProperty("df1").Doubles();
        var d2u = u.GetProperty("df2").Doubles();
        var valueU = u.GetProperty("value").Doubles();
        var check = new GridCheck("qf", 1e-10);

        // Act
        for (var i = 0; i < p.Length; i++)
        {
            check.Add(value[i], Dist.FQuantile(p[i], d1[i], d2[i]), $"qf({p[i]}, {d1[i]}, {d2[i]})");
        }

        for (var i = 0; i < pu.Length; i++)
        {
            check.Add(valueU[i], Dist.FUpperQuantile(pu[i], d1u[i], d2u[i]), $"qf({pu[i]}, {d1u[i]}, {d2u[i]}, lower = FALSE)");
        }

        // Assert
        check.Assert();
    }
}
