using Motus.Statistics.Common;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Regression;

/// <summary>Design-matrix construction and its input checks.</summary>
public sealed class DesignMatrixTests
{
    [Fact]
    public void FromColumns_UnequalLengths_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => DesignMatrix.FromColumns(("a", [1.0, 2.0]), ("b", [1.0])));

        // Assert
        Assert.Contains("column 'b' has 1 values", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromColumns_DuplicateName_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => DesignMatrix.FromColumns(("a", [1.0]), ("a", [2.0])));

        // Assert
        Assert.Contains("appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromColumns_InterceptName_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => DesignMatrix.FromColumns((RegressionNames.Intercept, [1.0])));

        // Assert
        Assert.Contains("reserved", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromColumns_Infinite_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => DesignMatrix.FromColumns(("a", [1.0, double.PositiveInfinity])));

        // Assert
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromColumns_CopiesValues_LaterChangesDoNotLeakIn()
    {
        // Arrange
        double[] a = [1.0, 2.0];
        var x = DesignMatrix.FromColumns(("a", a));

        // Act
        a[0] = 99;

        // Assert
        Assert.Equal(1.0, x.Column(0)[0]);
        Assert.Equal(2, x.RowCount);
        Assert.Equal(["a"], x.Names);
    }
}
