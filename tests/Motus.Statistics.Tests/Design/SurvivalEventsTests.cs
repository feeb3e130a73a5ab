using Motus.Statistics.Common;
using Motus.Statistics.Design;

namespace Motus.Statistics.Tests.Design;

/// <summary>Events for a log-rank test against rpact::getSampleSizeSurvival (fixture design/events.json).</summary>
public sealed class SurvivalEventsTests
{
    private static readonly System.Text.Json.JsonElement Fixture = RFixtures.Load("design", "events.json");

    [Fact]
    public void Required_SchoenfeldAndFreedmanGrid_MatchesRpactWithin1e10Relative()
    {
        // Arrange
        var hr = Fixture.GetProperty("hr").Doubles();
        var alloc = Fixture.GetProperty("alloc").Doubles();
        var sided = Fixture.GetProperty("sided").Ints();
        var type = Fixture.GetProperty("type").EnumerateArray().Select(e => e.GetString()).ToArray();
        var alpha = Fixture.GetProperty("alpha").Doubles();
        var events = Fixture.GetProperty("events").Doubles();

        for (var i = 0; i < hr.Length; i++)
        {
            var formula = type[i] == "Freedman" ? EventsFormula.Freedman : EventsFormula.Schoenfeld;
            var sidedness = sided[i] == 1 ? Sidedness.OneSided : Sidedness.TwoSided;

            // Act
            var r = SurvivalEvents.Required(hr[i], alpha[i], 0.8, sidedness, alloc[i], formula);

            // Assert
            Close.Relative(events[i], r.Events, 1e-10, $"HR {hr[i]}, k {alloc[i]}, sided {sided[i]}, {formula}");
        }
    }

    [Fact]
    public void Required_C3HazardRatio075_Is379Point3517Events()
    {
        // Arrange: trial-methods.md C3.
        // Act
        var r = SurvivalEvents.Required(0.75, 0.025, 0.8, Sidedness.OneSided);

        // Assert
        Close.Equal(379.3517, r.Events, 1e-7);
        Assert.Equal(380, r.EventsCeiling);
        Assert.Equal(EventsFormula.Schoenfeld, r.Formula);
    }

    [Fact]
    public void SampleSizeFromEvents_TwoToOneWithArmSpecificProbabilities_DividesByWeightedProbability()
    {
        // Arrange: 2:1, P(event) 0.4 on treatment, 0.6 on control → weighted 2/3·0.4 + 1/3·0.6 = 0.4667.
        // Act
        var r = SurvivalEvents.SampleSizeFromEvents(200, 0.4, 0.6, 2);

        // Assert
        Close.Relative(200 / ((2.0 / 3 * 0.4) + (1.0 / 3 * 0.6)), r.Total, 1e-14);
        Close.Relative(r.Total * 2 / 3, r.Group1, 1e-14);
        Assert.Equal((int)Math.Ceiling(r.Group2), r.Group2Ceiling);
    }

    [Fact]
    public void Required_HazardRatioOne_ThrowsNamingHazardRatio()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalEvents.Required(1, 0.025, 0.8, Sidedness.OneSided));

        // Assert
        Assert.Equal("hazardRatio", ex.ParamName);
    }
}
