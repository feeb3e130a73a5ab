using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>Validation of survival input (R's Surv()).</summary>
public sealed class SurvivalDataTests
{
    [Fact]
    public void RightCensored_ValidInput_CopiesAndCountsEvents()
    {
        // Arrange
        double[] time = [3, 1, 2];
        int[] status = [1, 0, 1];

        // Act
        var data = SurvivalData.RightCensored(time, status);
        time[0] = 99;

        // Assert
        Assert.Equal(3, data.Count);
        Assert.Equal(2, data.EventCount);
        Assert.Equal(3, data.Exit[0]);
        Assert.False(data.IsCountingProcess);
        Assert.True(data.Entry.IsEmpty);
    }

    [Fact]
    public void RightCensored_StatusNotZeroOne_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalData.RightCensored([1, 2], [1, 2]));

        // Assert
        Assert.Equal("status", ex.ParamName);
        Assert.Contains("status[1] = 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RightCensored_NaNTime_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalData.RightCensored([1, double.NaN], [1, 0]));

        // Assert
        Assert.Equal("time", ex.ParamName);
    }

    [Fact]
    public void RightCensored_Empty_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalData.RightCensored([], []));

        // Assert
        Assert.Equal("time", ex.ParamName);
    }

    [Fact]
    public void CountingProcess_ExitNotAfterEntry_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalData.CountingProcess([0, 2], [1, 2], [1, 0]));

        // Assert
        Assert.Equal("exit", ex.ParamName);
        Assert.Contains("exit[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountingProcess_LengthMismatch_Throws()
    {
        // Arrange, Act
        var ex = Assert.Throws<StatisticsInputException>(() => SurvivalData.CountingProcess([0, 0], [1, 2, 3], [1, 0, 1]));

        // Assert
        Assert.Equal("exit", ex.ParamName);
    }
}
