using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Cox fits against survival::coxph (survival 3.5-3): coefficients, standard errors, tests, log-likelihoods,
/// concordance. Tolerance 1e-6 relative (p-values 1e-5); iteration counts equal.
/// </summary>
public sealed class CoxRegressionTests
{
    private const double Tol = 1e-6;

    [Theory]
    [InlineData("efron", TiesMethod.Efron)]
    [InlineData("breslow", TiesMethod.Breslow)]
    public void Fit_LungAgeSexEcog_MatchesCoxph(string name, TiesMethod ties)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            options: new CoxOptions { Ties = ties });

        // Assert
        var e = f.GetProperty(name);
        CoxAssert.Matches(e, fit, Tol);
        Assert.Equal(e.GetProperty("iter").GetInt32(), fit.Diagnostics.Iterations);
        Assert.True(fit.Diagnostics.Converged);
        Assert.Empty(fit.Diagnostics.Warnings);
        Assert.Equal(ties, fit.Options.Ties);
        Assert.Equal(["age", "sex", "ph.ecog"], fit.Coefficients.Select(c => c.Name));
    }

    [Fact]
    public void Fit_LungStratifiedBySex_MatchesCoxphStrata()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("age").Doubles(), d.GetProperty("ph_ecog").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), x, ["age", "ph.ecog"], strata: d.GetProperty("sex").Ints());

        // Assert
        CoxAssert.Matches(f.GetProperty("strata_sex"), fit, Tol);
        Assert.Equal(2, fit.StrataCount);
    }

    [Fact]
    public void Fit_IntegerCaseWeights_MatchesCoxphWeights()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            weights: f.GetProperty("weights_int").Doubles());

        // Assert
        CoxAssert.Matches(f.GetProperty("fit_weights_int"), fit, Tol);
    }

    [Theory]
    [InlineData("efron", TiesMethod.Efron)]
    [InlineData("breslow", TiesMethod.Breslow)]
    public void Fit_VeteranMonthsHeavyTies_MatchesCoxph(string name, TiesMethod ties)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_ties.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("trt").Doubles(), d.GetProperty("karno").Doubles(), d.GetProperty("age").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d, "month"), x, ["trt", "karno", "age"],
            options: new CoxOptions { Ties = ties });

        // Assert
        var e = f.GetProperty(name);
        CoxAssert.Matches(e, fit, Tol);
        Assert.Equal(e.GetProperty("iter").GetInt32(), fit.Diagnostics.Iterations);
    }

    [Theory]
    [InlineData("efron", TiesMethod.Efron)]
    [InlineData("breslow", TiesMethod.Breslow)]
    public void Fit_LeftTruncated_MatchesCoxphCountingProcess(string name, TiesMethod ties)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x1").Doubles(), d.GetProperty("x2").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), x, ["x1", "x2"], options: new CoxOptions { Ties = ties });

        // Assert
        var e = f.GetProperty(name);
        CoxAssert.Matches(e, fit, Tol);
        Assert.Equal(e.GetProperty("iter").GetInt32(), fit.Diagnostics.Iterations);
        Assert.True(fit.CountingProcess);
    }

    [Fact]
    public void Fit_LeftTruncatedSplitRows_MatchesUnsplitFit()
    {
        // Arrange: the same subjects split at t = 1 and 2.5 (several rows each).
        var f = SurvivalFixture.Load("cox_truncated.json");
        var s = f.GetProperty("split");
        var x = SurvivalFixture.Columns(s.GetProperty("x1").Doubles(), s.GetProperty("x2").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(s), x, ["x1", "x2"]);

        // Assert
        CoxAssert.Matches(f.GetProperty("split_efron"), fit, Tol);
    }

    [Fact]
    public void Fit_LeftTruncatedStratified_MatchesCoxphStrata()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x1").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), x, ["x1"], strata: d.GetProperty("x2").Ints());

        // Assert
        CoxAssert.Matches(f.GetProperty("strata_x2"), fit, Tol);
    }
}
