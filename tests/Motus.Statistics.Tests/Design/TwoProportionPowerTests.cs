using Motus.Statistics.Common;
using Motus.Statistics.Design;

namespace Motus.Statistics.Tests.Design;

/// <summary>Two-proportion power and sample size against R's power.prop.test (fixture design/power_prop_test.json).</summary>
public sealed class TwoProportionPowerTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("design", "power_prop_test.json");

    [Fact]
    public void SolvedQuantity_AllFixtureCases_MatchesPowerPropTestWithin1e8Relative()
    {
        // Arrange: R solved n and p2 with tol = 1e-12, so both sides are exact to ~1e-10.
        foreach (var c in Fixture.GetProperty("cases").EnumerateArray())
        {
            var solve = c.GetProperty("solve").GetString();
            var p1 = c.GetProperty("p1").GetDouble();
            var p2 = c.GetProperty("p2").GetDouble();
            var n = c.GetProperty("n").GetDouble();
            var power = c.GetProperty("power").GetDouble();
            var alpha = c.GetProperty("sig").GetDouble();
            var sided = c.GetProperty("alt").GetString() == "one.sided" ? Sidedness.OneSided : Sidedness.TwoSided;
            var strict = c.GetProperty("strict").GetBoolean();
            var label = $"{solve}: n={n}, p1={p1}, p2={p2}, power={power}, {sided}, strict={strict}";

            // Act
            var r = solve switch
            {
                "n" => TwoProportionPower.SampleSize(p1, p2, alpha, power, sided, strict),
                "power" => TwoProportionPower.Power(n, p1, p2, alpha, sided, strict),
                _ => TwoProportionPower.DetectableP2(n, p1, alpha, power, ProportionDirection.Above, sided, strict),
            };

            // Assert
            Close.Relative(n, r.SampleSizePerArm, 1e-8, label + " n");
            Close.Relative(power, r.Power, 1e-8, label + " power");
            Close.Relative(p2, r.P2, 1e-8, label + " p2");
            Assert.Equal(strict, r.Strict);
            Assert.Equal(sided, r.Sidedness);
        }
    }

    [Fact]
    public void SampleSize_C10NurOwnAssumption_Is72Point393PerArm()
    {
        // Arrange: trial-methods.md C10: power.prop.test(p1 = .35, p2 = .15, power = .8) → n = 72.393 per arm.
        var rDefaultTol = Fixture.GetProperty("c10DefaultTolN").GetDouble();

        // Act
        var r = TwoProportionPower.SampleSize(0.35, 0.15, 0.05, 0.8);

        // Assert: the exact root; R's default uniroot tolerance (ε^¼) leaves it 1e-6 away.
        Close.Equal(72.393, r.SampleSizePerArm, 1e-5);
        Close.Equal(rDefaultTol, r.SampleSizePerArm, 1e-6);
        Assert.Equal(73, r.SampleSizePerArmCeiling);
        Assert.Equal(DesignQuantity.SampleSize, r.SolvedFor);
    }

    [Fact]
    public void Power_C10ObservedNurOwnRates_Is0Point1827()
    {
        // Arrange: 98 per arm at 34.7% vs 27.7% (trial-methods.md C10).
        // Act
        var r = TwoProportionPower.Power(98, 0.347, 0.277, 0.05);

        // Assert
        Close.Equal(0.1827, r.Power, 5e-4);
    }

    [Fact]
    public void DetectableP2_BelowP1_IsMirrorOfAbove()
    {
        // Arrange, Act
        var above = TwoProportionPower.DetectableP2(100, 0.5, 0.05, 0.8, ProportionDirection.Above);
        var below = TwoProportionPower.DetectableP2(100, 0.5, 0.05, 0.8, ProportionDirection.Below);

        // Assert: symmetric around 0.5.
        Close.Equal(1 - above.P2, below.P2, 1e-10);
    }

    [Fact]
    public void SampleSize_EqualProportions_ThrowsNamingP2()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => TwoProportionPower.SampleSize(0.3, 0.3, 0.05, 0.8));

        // Assert
        Assert.Equal("p2", ex.ParamName);
    }
}
