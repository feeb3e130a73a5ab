using Motus.Statistics.Common;
using Motus.Statistics.Design;

namespace Motus.Statistics.Tests.Design;

/// <summary>Conditional power against rpact::getConditionalPower and the closed form (fixture design/conditional_power.json).</summary>
public sealed class ConditionalPowerTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("design", "conditional_power.json");

    [Fact]
    public void Compute_TwoLookRpactDesigns_MatchesGetConditionalPowerWithin1e10Relative()
    {
        foreach (var c in Fixture.GetProperty("rpact").EnumerateArray())
        {
            // Arrange
            var t = c.GetProperty("t").GetDouble();
            var z = c.GetProperty("z").GetDouble();
            var crit = c.GetProperty("criticalValue").GetDouble();
            var drift = c.GetProperty("drift").GetDouble();

            // Act
            var r = ConditionalPower.Compute(z, t, crit, drift);

            // Assert
            Close.Relative(c.GetProperty("conditionalPower").GetDouble(), r.ConditionalPower, 1e-10, $"z={z}, t={t}");
            Assert.Equal(ConditionalPowerAssumption.Specified, r.Assumption);
        }
    }

    [Fact]
    public void UnderCurrentTrendAndDesignAlternative_Grid_MatchesClosedFormWithin1e10Relative()
    {
        // Arrange
        var cf = Fixture.GetProperty("closedForm");
        var z = cf.GetProperty("z").Doubles();
        var t = cf.GetProperty("t").Doubles();
        var crit = cf.GetProperty("crit").Doubles();
        var trend = cf.GetProperty("trend").Doubles();
        var design = cf.GetProperty("design").Doubles();

        for (var i = 0; i < z.Length; i++)
        {
            // Act
            var a = ConditionalPower.UnderCurrentTrend(z[i], t[i], crit[i]);
            var b = ConditionalPower.UnderDesignAlternative(z[i], t[i], crit[i], 0.025, 0.9, Sidedness.OneSided);

            // Assert
            Close.Relative(trend[i], a.ConditionalPower, 1e-10, $"trend z={z[i]}, t={t[i]}");
            Close.Relative(design[i], b.ConditionalPower, 1e-10, $"design z={z[i]}, t={t[i]}");
            Close.Relative(z[i] / Math.Sqrt(t[i]), a.Drift, 1e-15);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_InformationFractionAtEnds_ThrowsNamingIt(double t)
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => ConditionalPower.Compute(1, t, 1.96, 2.8));

        // Assert
        Assert.Equal("informationFraction", ex.ParamName);
    }
}
