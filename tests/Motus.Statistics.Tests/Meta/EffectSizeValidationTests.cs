using Motus.Statistics.Common;
using Motus.Statistics.Meta;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Invalid or degenerate escalc input: exceptions naming the argument, and zero-variance warnings.</summary>
public sealed class EffectSizeValidationTests
{
    private static readonly int[] AeEvents = [0, 2, 5, 1, 0, 7];
    private static readonly int[] AeTotal = [10, 15, 30, 8, 12, 40];

    [Fact]
    public void Proportion_LogitWithoutCorrection_ThrowsNamingEvents()
    {
        // Act
        var act = () => EffectSize.Proportion(AeEvents, AeTotal, EffectMeasure.LogitProportion, ZeroCellCorrection.None);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("events", ex.ParamName);
        Assert.Contains("infinite", ex.Message);
    }

    [Fact]
    public void Proportion_RawWithoutCorrection_WarnsAboutZeroVariance()
    {
        // Act
        var es = EffectSize.Proportion(AeEvents, AeTotal, EffectMeasure.RawProportion, ZeroCellCorrection.None);

        // Assert
        Assert.Equal(0, es.Vi[0]);
        Assert.Equal(2, es.Warnings.Count);
    }

    [Fact]
    public void TwoGroupBinary_OddsRatioWithoutCorrection_Throws()
    {
        // Act
        var act = () => EffectSize.TwoGroupBinary([0, 3], [20, 25], [2, 6], [20, 25], EffectMeasure.LogOddsRatio, ZeroCellCorrection.None);

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }

    [Theory]
    [InlineData(new[] { 11 }, new[] { 10 }, "events")]
    [InlineData(new[] { -1 }, new[] { 10 }, "events")]
    [InlineData(new[] { 0 }, new[] { 0 }, "total")]
    [InlineData(new[] { 1, 2 }, new[] { 10 }, "total")]
    [InlineData(new int[0], new int[0], "events")]
    public void Proportion_InvalidCounts_ThrowsNamingArgument(int[] events, int[] total, string argument)
    {
        // Act
        var act = () => EffectSize.Proportion(events, total, EffectMeasure.LogitProportion);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal(argument, ex.ParamName);
    }

    [Fact]
    public void Proportion_WrongMeasure_Throws()
    {
        // Act
        var act = () => EffectSize.Proportion([1], [10], EffectMeasure.LogOddsRatio);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("measure", ex.ParamName);
    }

    [Fact]
    public void Proportion_NegativeIncrement_Throws()
    {
        // Act
        var act = () => EffectSize.Proportion([0], [10], EffectMeasure.LogitProportion, new ZeroCellCorrection(-0.5, ZeroCellRule.All));

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("correction", ex.ParamName);
    }

    [Fact]
    public void TwoGroupContinuous_TooFewParticipantsForSmd_Throws()
    {
        // Act: n1 + n2 = 3 leaves m = 1, where Hedges' correction is undefined (metafor returns NA).
        var act = () => EffectSize.TwoGroupContinuous([1.0], [1.0], [2], [0.0], [1.0], [1], EffectMeasure.StandardizedMeanDifference);

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }

    [Fact]
    public void TwoGroupContinuous_NegativeSd_ThrowsNamingSd()
    {
        // Act
        var act = () => EffectSize.TwoGroupContinuous([1.0], [-1.0], [10], [0.0], [1.0], [10], EffectMeasure.MeanDifference);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("sd1", ex.ParamName);
    }

    [Fact]
    public void TwoGroupContinuous_ZeroPooledSdForSmd_Throws()
    {
        // Act
        var act = () => EffectSize.TwoGroupContinuous([1.0], [0.0], [10], [0.0], [0.0], [10], EffectMeasure.StandardizedMeanDifference);

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }
}
