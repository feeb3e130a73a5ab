using Motus.Statistics.Common;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Regression;

/// <summary>OLS against R's <c>lm()</c> / <c>summary.lm</c> (closed form: 1e-6 relative, p-values 1e-6 relative).</summary>
public sealed class LinearRegressionTests
{
    private const double Tol = 1e-6;

    [Theory]
    [InlineData("ols_mtcars.json", true)]
    [InlineData("ols_mtcars_no_intercept.json", false)]
    [InlineData("ols_longley.json", true)]
    [InlineData("ols_collinear.json", true)]
    public void Fit_RFixture_MatchesLmSummary(string file, bool intercept)
    {
        // Arrange
        var fx = OlsFixture.Load(file);

        // Act
        var fit = LinearRegression.Fit(fx.Y, fx.X, intercept);

        // Assert
        Assert.Equal(fx.Root.GetProperty("names").EnumerateArray().Select(e => e.GetString()), fit.Coefficients.Select(c => c.Name));
        Close.All(fx.Array("estimate"), fit.Coefficients.Select(c => c.Estimate ?? double.NaN).ToArray(), Tol, "estimate");
        Close.All(fx.Array("se"), fit.Coefficients.Select(c => c.StandardError ?? double.NaN).ToArray(), Tol, "se");
        Close.All(fx.Array("t"), fit.Coefficients.Select(c => c.TValue ?? double.NaN).ToArray(), Tol, "t");
        var p = fx.Array("p");
        for (var j = 0; j < p.Length; j++)
        {
            Close.Relative(p[j], fit.Coefficients[j].PValue ?? double.NaN, Tol, $"p[{j}]");
        }

        Close.Equal(fx["sigma"], fit.ResidualStandardError!.Value, Tol, "sigma");
        Assert.Equal((int)fx["df_residual"], fit.ResidualDf);
        Assert.Equal((int)fx["rank"], fit.Rank);
        Close.Equal(fx["r_squared"], fit.RSquared, Tol, "R²");
        Close.Equal(fx["adj_r_squared"], fit.AdjustedRSquared!.Value, Tol, "adjusted R²");
        Close.Equal(fx["f_value"], fit.FTest!.Value, Tol, "F");
        Assert.Equal((int)fx["f_numdf"], fit.FTest.NumeratorDf);
        Assert.Equal((int)fx["f_dendf"], fit.FTest.DenominatorDf);
        Close.Relative(fx["f_p"], fit.FTest.PValue, Tol, "F p");
        Close.All(fx.Array("residuals"), fit.Residuals, Tol, "residuals");
        Close.All(fx.Array("fitted"), fit.Fitted, Tol, "fitted");
        var r = fit.Rank;
        var vcov = fx.Array("vcov"); // column-major, estimable coefficients
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                Close.Relative(vcov[(j * r) + i], fit.EstimableCovariance![i, j], Tol, $"vcov[{i},{j}]");
            }
        }
    }

    [Fact]
    public void Fit_CollinearDesign_ReportsLaterColumnNotEstimableWithWarning()
    {
        // Arrange
        var fx = OlsFixture.Load("ols_collinear.json");

        // Act
        var fit = LinearRegression.Fit(fx.Y, fx.X);

        // Assert: whp = 2·wt − 0.01·hp is aliased, as lm's NA
        Assert.False(fit["whp"].Estimable);
        Assert.Null(fit["whp"].StandardError);
        Assert.True(fit["qsec"].Estimable);
        Assert.Equal(4, fit.Rank);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("'whp' not estimable", StringComparison.Ordinal));
        Assert.Equal(4, fit.EstimableCovariance!.GetLength(0));
    }

    [Fact]
    public void Fit_InterceptOnly_MatchesLmWithoutFTest()
    {
        // Arrange
        var fx = OlsFixture.Load("ols_intercept_only.json");

        // Act
        var fit = LinearRegression.Fit(fx.Y, fx.X);

        // Assert
        Close.Equal(fx.Array("estimate")[0], fit.Coefficients[0].Estimate!.Value, Tol, "mean");
        Close.Equal(fx.Array("se")[0], fit.Coefficients[0].StandardError!.Value, Tol, "se");
        Close.Equal(fx["sigma"], fit.ResidualStandardError!.Value, Tol, "sigma");
        Close.Equal(fx["r_squared"], fit.RSquared, Tol, "R²");
        Assert.Null(fit.FTest);
    }

    [Fact]
    public void Fit_ZeroResidualDf_NullsInferenceWithWarning()
    {
        // Arrange: two points, two coefficients
        var x = DesignMatrix.FromColumns(("x", [1.0, 2.0]));

        // Act
        var fit = LinearRegression.Fit([3.0, 5.0], x);

        // Assert
        Assert.Equal(2.0, fit["x"].Estimate!.Value, 12);
        Assert.Equal(1.0, fit[RegressionNames.Intercept].Estimate!.Value, 12);
        Assert.Null(fit["x"].StandardError);
        Assert.Null(fit.ResidualStandardError);
        Assert.Null(fit.FTest);
        Assert.Null(fit.AdjustedRSquared);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("0 residual degrees of freedom", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_ExactLinearData_WarnsEssentiallyPerfectFit()
    {
        // Arrange
        var x = DesignMatrix.FromColumns(("x", [1.0, 2.0, 3.0, 4.0]));

        // Act
        var fit = LinearRegression.Fit([2.0, 4.0, 6.0, 8.0], x);

        // Assert
        Assert.Equal(2.0, fit["x"].Estimate!.Value, 12);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.StartsWith("essentially perfect fit", StringComparison.Ordinal));
        Assert.All(fit.Coefficients, c => Assert.True(c.TValue is null || double.IsFinite(c.TValue.Value)));
    }

    [Fact]
    public void Fit_LengthMismatch_ThrowsNamingArgument()
    {
        // Arrange
        var x = DesignMatrix.FromColumns(("x", [1.0, 2.0, 3.0]));

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => LinearRegression.Fit([1.0, 2.0], x));

        // Assert
        Assert.Contains("x rows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NonFiniteResponse_Throws()
    {
        // Arrange
        var x = DesignMatrix.FromColumns(("x", [1.0, 2.0, 3.0]));

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => LinearRegression.Fit([1.0, double.NaN, 3.0], x));

        // Assert
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void Fit_RowMajorDesign_EqualsColumnDesign()
    {
        // Arrange
        var fx = OlsFixture.Load("ols_mtcars.json");
        var n = fx.X.RowCount;
        var rows = new double[n, fx.X.ColumnCount];
        for (var j = 0; j < fx.X.ColumnCount; j++)
        {
            for (var i = 0; i < n; i++)
            {
                rows[i, j] = fx.X.Column(j)[i];
            }
        }

        // Act
        var a = LinearRegression.Fit(fx.Y, fx.X);
        var b = LinearRegression.Fit(fx.Y, DesignMatrix.FromArray(rows, fx.X.Names.ToArray()));

        // Assert
        Assert.Equal(a.Coefficients, b.Coefficients);
    }
}
