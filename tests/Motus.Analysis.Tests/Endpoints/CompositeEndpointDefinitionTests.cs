using Motus.Analysis.Endpoints;

namespace Motus.Analysis.Tests.Endpoints;

/// <summary>The endpoint definition: defaults, presets, validation and its description.</summary>
public sealed class CompositeEndpointDefinitionTests
{
    [Fact]
    public void Default_Values_DeathTracheostomyNivTwentyTwoHoursTenDays()
    {
        // Arrange
        var d = new CompositeEndpointDefinition();

        // Assert
        Assert.Equal(EndpointComponents.Death | EndpointComponents.Tracheostomy | EndpointComponents.SustainedNiv, d.Components);
        Assert.Equal(22, d.NivHoursPerDay);
        Assert.Equal(NivThresholdComparison.AtLeast, d.NivComparison);
        Assert.Equal(10, d.NivMinimumConsecutiveDays);
        Assert.Equal(NivEventDateRule.FirstDayOfRun, d.NivEventDate);
    }

    [Fact]
    public void Describe_Default_ListsEveryComponent()
    {
        // Act
        var s = CompositeEndpointDefinition.DeathTracheostomyPav.Describe();

        // Assert
        Assert.Equal("Death, tracheostomy or PAV: first of death, tracheostomy or NIV ≥ 22 h/day on ≥ 10 consecutive day(s) (dated at the first day of the run)", s);
    }

    [Fact]
    public void Describe_DeathOnly_OneComponent()
    {
        Assert.Equal("Death: first of death", CompositeEndpointDefinition.DeathOnly.Describe());
    }

    [Fact]
    public void Encals_Values_MoreThanTwentyThreeHoursOneDay()
    {
        var e = CompositeEndpointDefinition.Encals;
        Assert.Equal(23, e.NivHoursPerDay);
        Assert.Equal(NivThresholdComparison.MoreThan, e.NivComparison);
        Assert.Equal(1, e.NivMinimumConsecutiveDays);
        Assert.False(e.Qualifies(23));
        Assert.True(e.Qualifies(23.01));
    }

    [Theory]
    [InlineData(0.0, 10)]
    [InlineData(24.5, 10)]
    [InlineData(22.0, 0)]
    public void Validate_OutOfRange_Throws(double hours, int days)
    {
        var d = new CompositeEndpointDefinition { NivHoursPerDay = hours, NivMinimumConsecutiveDays = days };
        Assert.ThrowsAny<ArgumentException>(d.Validate);
    }

    [Fact]
    public void Validate_NoComponent_Throws()
    {
        var d = new CompositeEndpointDefinition { Components = EndpointComponents.None };
        Assert.Throws<ArgumentException>(d.Validate);
    }
}
