using Motus.Statistics.Common;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Mixed;

/// <summary>Singular fits, rank deficiency, degenerate groups and input checks.</summary>
public sealed class LinearMixedModelBoundaryTests
{
    [Fact]
    public void Fit_ZeroSlopeVariance_ReportsBoundarySingularFitAndNullCorrelation()
    {
        // Arrange: every group's residuals are orthogonal to (1, t), so the REML slope variance is 0
        var fx = MixedFixture.Load("singular_zero_slope.json");

        // Act
        var fit = fx.Fit();

        // Assert: lme4 prints the same warning; it shows the correlation as 1 from θ₂₁ ≈ 1e-8, we report null
        Assert.True(fit.IsSingular);
        Assert.Contains("boundary (singular) fit: see help('isSingular')", fit.Diagnostics.Warnings);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("random-slope variance is estimated as zero", StringComparison.Ordinal));
        Assert.True(fit.VarianceComponents.SlopeSd < 1e-6);
        Assert.Null(fit.VarianceComponents.Correlation);
        Assert.True(fit.Diagnostics.Converged);
    }

    [Fact]
    public void Fit_CorrelationOnBoundary_ReportsSingularFitWithCorrelationOne()
    {
        // Arrange
        var fx = MixedFixture.Load("singular_corr.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.True(fit.IsSingular);
        Assert.Contains("boundary (singular) fit: see help('isSingular')", fit.Diagnostics.Warnings);
        Close.Equal(fx.Precise.GetProperty("corr_re").GetDouble(), fit.VarianceComponents.Correlation!.Value, 1e-6, "corr");
        Assert.Equal(0, fit.VarianceComponents.Theta[2], 8);
    }

    [Fact]
    public void Fit_RegularFit_NoSingularWarning()
    {
        // Arrange
        var fx = MixedFixture.Load("sleepstudy_slope_reml.json");

        // Act
        var fit = fx.Fit();

        // Assert
        Assert.False(fit.IsSingular);
        Assert.Empty(fit.Diagnostics.Warnings);
        Close.Equal(fx.Precise.GetProperty("corr_re").GetDouble(), fit.VarianceComponents.Correlation!.Value, 1e-4, "corr");
        Assert.Equal("Days", fit.SlopeName);
        Assert.True(fit.GradientNorm < 1e-6);
    }

    [Fact]
    public void Fit_AliasedFixedColumn_DroppedWithWarningLikeLme4()
    {
        // Arrange: a copy of Days under another name is aliased
        var fx = MixedFixture.Load("sleepstudy_slope_reml.json");
        var days = fx.X.Column(0).ToArray();
        var x = DesignMatrix.FromColumns(("Days", days), ("DaysAgain", days.Select(d => 2 * d).ToArray()));

        // Act
        var fit = LinearMixedModel.Fit(fx.Y, x, fx.Group, fx.Random);

        // Assert
        Assert.False(fit["DaysAgain"].Estimable);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.StartsWith("fixed-effect model matrix is rank deficient so dropping 1", StringComparison.Ordinal));
        Close.Relative(fx.Precise.GetProperty("fixef").Doubles()[1], fit["Days"].Estimate!.Value, 1e-6, "Days");
        Assert.Equal(2, fit.FixedEffectsCovariance.GetLength(0));
        Assert.Throws<StatisticsInputException>(() => fit.Contrast(0, 0, 1));
    }

    [Fact]
    public void Fit_OneVisitGroups_Warns()
    {
        // Arrange
        var fx = MixedFixture.Load("als_reml.json");

        // Act
        var fit = fx.Fit();

        // Assert: 13 of the 200 simulated patients dropped out after baseline
        Assert.Contains(fit.Diagnostics.Warnings, w => w.StartsWith("13 of 200 groups have a single observation", StringComparison.Ordinal));
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("no spread in 'months'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_SingleGroup_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            LinearMixedModel.Fit([1.0, 2.0, 3.0], DesignMatrix.Empty(3), [1, 1, 1], RandomEffectsTerm.Intercept));

        // Assert
        Assert.Contains("more than one level", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TooFewObservationsForRandomSlopes_Throws()
    {
        // Arrange: 3 groups × 2 visits = 6 observations ≤ 3 × 2 random effects
        double[] t = [0, 1, 0, 1, 0, 1];

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            LinearMixedModel.Fit([1.0, 2.0, 2.0, 4.0, 3.0, 3.5], DesignMatrix.FromColumns(("t", t)), [1, 1, 2, 2, 3, 3], RandomEffectsTerm.InterceptAndSlope(t)));

        // Assert
        Assert.Contains("check.nobs.vs.nRE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedGroupLength_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            LinearMixedModel.Fit([1.0, 2.0, 3.0], DesignMatrix.Empty(3), [1, 2], RandomEffectsTerm.Intercept));

        // Assert
        Assert.Equal("group", ex.ParamName);
    }

    [Fact]
    public void Fit_NonFiniteResponse_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            LinearMixedModel.Fit([1.0, double.NaN, 3.0, 4.0], DesignMatrix.Empty(4), [1, 1, 2, 2], RandomEffectsTerm.Intercept));

        // Assert
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void Fit_InvalidOptions_Throws()
    {
        // Arrange
        var fx = MixedFixture.Load("sleepstudy_intercept_reml.json");

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            LinearMixedModel.Fit(fx.Y, fx.X, fx.Group, fx.Random, new LinearMixedModelOptions { MaxIterations = 0 }));

        // Assert
        Assert.Contains("MaxIterations", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrast_WrongLength_Throws()
    {
        // Arrange
        var fit = MixedFixture.Load("sleepstudy_intercept_reml.json").Fit();

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => fit.Contrast(1.0));

        // Assert
        Assert.Contains("2 fixed effects", ex.Message, StringComparison.Ordinal);
    }
}
