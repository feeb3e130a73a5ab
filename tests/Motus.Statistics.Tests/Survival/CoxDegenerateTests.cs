using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Degenerate but legal Cox fits (separation, collinear and constant covariates) against coxph (survival 3.5-3),
/// and invalid input. Tolerance 1e-6 relative for the estimable parts.
/// </summary>
public sealed class CoxDegenerateTests
{
    private const double Tol = 1e-6;

    [Fact]
    public void Fit_Separation_FlagsInfiniteCoefficientAsCoxphWarns()
    {
        // Arrange: every x = 1 subject fails before any x = 0 subject (monotone likelihood).
        var f = SurvivalFixture.Load("cox_degenerate.json").GetProperty("separation");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x").Doubles(), d.GetProperty("z").Doubles());

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), x, ["x", "z"]);

        // Assert
        var e = f.GetProperty("fit");
        var rWarning = f.GetProperty("warnings");
        var rText = rWarning.ValueKind == System.Text.Json.JsonValueKind.Array ? rWarning[0].GetString() : rWarning.GetString();
        Assert.Contains("Loglik converged before variable  1", rText, StringComparison.Ordinal);
        Assert.Equal(CoefficientStatus.MayBeInfinite, fit.Coefficients[0].Status);
        Assert.Equal(CoefficientStatus.Estimated, fit.Coefficients[1].Status);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("before x did", StringComparison.Ordinal) && w.Contains("infinite", StringComparison.Ordinal));
        Assert.True(fit.Diagnostics.Converged);
        Assert.Equal(e.GetProperty("iter").GetInt32(), fit.Diagnostics.Iterations);
        var ll = e.GetProperty("loglik").Doubles();
        Close.Relative(ll[0], fit.LogLikelihoodNull, Tol, "loglik[1]");
        Close.Relative(ll[1], fit.LogLikelihood, Tol, "loglik[2]");
        Close.Relative(e.GetProperty("coef").Doubles()[0], fit.Coefficients[0].Estimate!.Value, Tol, "coef x (where iteration stopped)");
        Close.Relative(e.GetProperty("coef").Doubles()[1], fit.Coefficients[1].Estimate!.Value, Tol, "coef z");
        Close.Relative(e.GetProperty("se").Doubles()[1], fit.Coefficients[1].StdErr!.Value, Tol, "se z");
    }

    [Theory]
    [InlineData("collinear")]
    [InlineData("constant")]
    public void Fit_SingularDesign_AliasesCoefficientLikeCoxphNA(string name)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_degenerate.json");
        var d = SurvivalFixture.Load("cox_lung.json").GetProperty("data");
        var age = d.GetProperty("age").Doubles();
        var sex = d.GetProperty("sex").Doubles();
        var ecog = d.GetProperty("ph_ecog").Doubles();
        var (x, names) = name == "collinear"
            ? (SurvivalFixture.Columns(age, sex, f.At("collinear.agesex").Doubles(), ecog), new[] { "age", "sex", "agesex", "ph.ecog" })
            : (SurvivalFixture.Columns(age, age.Select(_ => 3.0).ToArray(), sex), new[] { "age", "const", "sex" });

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), x, names);

        // Assert
        var e = f.At(name + ".fit");
        var coef = e.GetProperty("coef").Doubles();
        var se = e.GetProperty("se").Doubles();
        for (var j = 0; j < coef.Length; j++)
        {
            if (double.IsNaN(coef[j]))
            {
                Assert.Equal(CoefficientStatus.Aliased, fit.Coefficients[j].Status);
                Assert.Null(fit.Coefficients[j].Estimate);
                Assert.Null(fit.Coefficients[j].StdErr);
                Assert.Equal(0, fit.Variance[j, j]);
                Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains(names[j], StringComparison.Ordinal) && w.Contains("singular", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(CoefficientStatus.Estimated, fit.Coefficients[j].Status);
                Close.Relative(coef[j], fit.Coefficients[j].Estimate!.Value, Tol, $"coef[{j}]");
                Close.Relative(se[j], fit.Coefficients[j].StdErr!.Value, Tol, $"se[{j}]");
            }
        }

        var ll = e.GetProperty("loglik").Doubles();
        Close.Relative(ll[1], fit.LogLikelihood, Tol, "loglik");
        CoxAssert.Test(e.GetProperty("lr").Doubles(), fit.LikelihoodRatio, Tol, "LR");
        CoxAssert.Test(e.GetProperty("wald").Doubles(), fit.Wald, Tol, "Wald");
        CoxAssert.Test(e.GetProperty("score").Doubles(), fit.Score, Tol, "score");
        Close.Relative(e.GetProperty("concordance").Doubles()[5], fit.Concordance.Value, Tol, "concordance");
        Assert.Equal(coef.Count(c => !double.IsNaN(c)), fit.LikelihoodRatio.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_NoEvents_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [0, 0, 0]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => CoxRegression.Fit(data, SurvivalFixture.Columns([1.0, 2, 3])));

        // Assert
        Assert.Equal("data", ex.ParamName);
    }

    [Fact]
    public void Fit_OnlyConstantCovariate_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3, 4], [1, 0, 1, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => CoxRegression.Fit(data, SurvivalFixture.Columns([2.0, 2, 2, 2])));

        // Assert
        Assert.Equal("covariates", ex.ParamName);
    }

    [Fact]
    public void Fit_NonFiniteCovariate_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => CoxRegression.Fit(data, SurvivalFixture.Columns([1.0, double.NaN, 3])));

        // Assert
        Assert.Equal("covariates", ex.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Fit_InvalidWeight_Throws(double w)
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => CoxRegression.Fit(data, SurvivalFixture.Columns([1.0, 2, 3]), weights: [1, w, 1]));

        // Assert
        Assert.Equal("weights", ex.ParamName);
    }

    [Fact]
    public void Fit_StrataWrongLength_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => CoxRegression.Fit(data, SurvivalFixture.Columns([1.0, 2, 3]), strata: [1, 2]));

        // Assert
        Assert.Equal("strata", ex.ParamName);
    }

    [Fact]
    public void Fit_InvalidOptions_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() =>
            CoxRegression.Fit(data, SurvivalFixture.Columns([1.0, 2, 3]), options: new CoxOptions { MaxIterations = 0 }));

        // Assert
        Assert.Equal("MaxIterations", ex.ParamName);
    }

    [Fact]
    public void Fit_OneIterationAllowed_ReportsNotConverged()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");

        // Act
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            options: new CoxOptions { MaxIterations = 1 });

        // Assert
        Assert.False(fit.Diagnostics.Converged);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("did not converge", StringComparison.Ordinal));
    }
}
