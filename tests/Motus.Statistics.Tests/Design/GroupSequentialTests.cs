using Motus.Statistics.Common;
using Motus.Statistics.Design;

namespace Motus.Statistics.Tests.Design;

/// <summary>Lan–DeMets group-sequential boundaries against rpact::getDesignGroupSequential (fixture design/group_sequential.json).</summary>
public sealed class GroupSequentialTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("design", "group_sequential.json");

    [Fact]
    public void LanDeMets_RpactDesigns_CriticalValuesWithin1e6AndAlphaSpentWithin1e6Relative()
    {
        var count = 0;
        foreach (var c in Fixture.EnumerateArray())
        {
            // Arrange
            var (design, label) = Build(c);

            // Assert: rpact stores α − 1e-8 as the final cumulative α and solves to ~1e-8; 1e-6 is the stated tolerance.
            // rpact forms tail probabilities as 1 − pnorm(·), so tiny ones (1e-12 at t = 0.1) carry ~1e-16 absolute error.
            Close.All(c.GetProperty("criticalValues").Doubles(), design.CriticalValues.ToArray(), 1e-6, label + " critical values");
            var spent = c.GetProperty("alphaSpent").Doubles();
            var levels = c.GetProperty("stageLevels").Doubles();
            for (var k = 0; k < spent.Length; k++)
            {
                Assert.True(Math.Abs(spent[k] - design.CumulativeAlphaSpent[k]) <= (1e-6 * spent[k]) + 1e-15, $"{label} alpha spent [{k}]: rpact {spent[k]:R}, got {design.CumulativeAlphaSpent[k]:R}");
                Assert.True(Math.Abs(levels[k] - design.NominalLevels[k]) <= (1e-5 * levels[k]) + 1e-15, $"{label} nominal level [{k}]: rpact {levels[k]:R}, got {design.NominalLevels[k]:R}");
            }

            count++;
        }

        Assert.Equal(34, count);
    }

    [Fact]
    public void Characteristics_RpactDesigns_ShiftInflationAndRejectionProbabilitiesWithin1e6()
    {
        foreach (var c in Fixture.EnumerateArray())
        {
            if (!c.TryGetProperty("shift", out var shift))
            {
                continue;
            }

            // Arrange
            var (design, label) = Build(c);

            // Act
            var ch = GroupSequential.Characteristics(design, 0.8);

            // Assert
            Close.Relative(shift.GetDouble(), ch.Shift, 1e-6, label + " shift");
            Close.Relative(c.GetProperty("inflationFactor").GetDouble(), ch.InflationFactor, 1e-6, label + " inflation");
            Close.All(c.GetProperty("rejectionProbabilities").Doubles(), ch.RejectionProbabilities.ToArray(), 1e-6, label + " rejection probabilities");
            Close.All(c.GetProperty("power").Doubles(), ch.CumulativePower.ToArray(), 1e-6, label + " cumulative power");
        }
    }

    [Fact]
    public void CrossingProbabilities_UnderNull_SumToAlpha()
    {
        // Arrange
        var design = GroupSequential.LanDeMets(0.05, Sidedness.TwoSided, SpendingFunction.OBrienFlemingType, [0.25, 0.5, 0.75, 1]);

        // Act
        var p = GroupSequential.CrossingProbabilities(design, 0);

        // Assert: the recursion re-integrates the boundaries it solved for.
        Close.Relative(0.05, p.TotalUpper + p.TotalLower, 1e-9);
        Close.Relative(p.TotalUpper, p.TotalLower, 1e-9);
    }

    [Fact]
    public void LanDeMets_SingleLook_IsFixedDesignCriticalValue()
    {
        // Arrange, Act
        var design = GroupSequential.LanDeMets(0.025, Sidedness.OneSided, SpendingFunction.PocockType, [1.0]);

        // Assert
        Close.Equal(1.959963984540054, design.CriticalValues[0], 1e-12);
    }

    [Fact]
    public void Spend_OBrienFlemingAtFullInformation_IsAlpha()
    {
        // Arrange, Act, Assert
        Close.Relative(0.025, GroupSequential.Spend(SpendingFunction.OBrienFlemingType, 0.025, 1), 1e-15);
        Close.Relative(0.025 * Math.Log(1 + ((Math.E - 1) * 0.5)), GroupSequential.Spend(SpendingFunction.PocockType, 0.025, 0.5), 1e-15);
    }

    [Fact]
    public void LanDeMets_LastFractionBelowOne_ThrowsNamingFractions()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            GroupSequential.LanDeMets(0.025, Sidedness.OneSided, SpendingFunction.OBrienFlemingType, [0.5, 0.9]));

        // Assert
        Assert.Equal("informationFractions", ex.ParamName);
    }

    private static (GroupSequentialDesign Design, string Label) Build(System.Text.Json.JsonElement c)
    {
        var rates = c.GetProperty("informationRates").Doubles();
        var spending = c.GetProperty("type").GetString() == "asOF" ? SpendingFunction.OBrienFlemingType : SpendingFunction.PocockType;
        var sided = c.GetProperty("sided").GetInt32() == 1 ? Sidedness.OneSided : Sidedness.TwoSided;
        var convention = c.GetProperty("convention").GetString() == "TotalAlpha"
            ? TwoSidedSpendingConvention.TotalAlpha : TwoSidedSpendingConvention.HalfAlphaPerSide;
        var alpha = c.GetProperty("alpha").GetDouble();

        // Act
        var design = GroupSequential.LanDeMets(alpha, sided, spending, rates, convention);
        return (design, $"{spending} {sided} {convention} t=[{string.Join(", ", rates)}]");
    }
}
