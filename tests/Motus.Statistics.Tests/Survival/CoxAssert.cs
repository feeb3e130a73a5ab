using System.Text.Json;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>Compares a <see cref="CoxFit"/> with the <c>coxout()</c> record written by make.R.</summary>
internal static class CoxAssert
{
    /// <summary>Estimates, SEs, tests, likelihoods and concordance at <paramref name="tol"/> relative.</summary>
    public static void Matches(JsonElement e, CoxFit fit, double tol)
    {
        var p = fit.Coefficients.Count;
        var coef = fit.Coefficients;
        SurvivalFixture.Relative(e.GetProperty("coef").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.Estimate)), tol, "coef");
        var robust = e.Has("naive_se");
        Assert.Equal(robust, fit.Robust);
        if (robust)
        {
            SurvivalFixture.Relative(e.GetProperty("naive_se").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.StdErr)), tol, "se(coef)");
            SurvivalFixture.Relative(e.GetProperty("se").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.RobustStdErr)), tol, "robust se");
            SurvivalFixture.Relative(e.GetProperty("naive_var").Matrix(p), fit.ModelVariance, tol, "naive.var");
        }
        else
        {
            SurvivalFixture.Relative(e.GetProperty("se").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.StdErr)), tol, "se(coef)");
            Assert.All(coef, c => Assert.Null(c.RobustStdErr));
            Assert.Null(fit.RobustScore);
        }

        SurvivalFixture.Relative(e.GetProperty("var").Matrix(p), fit.Variance, tol, "var");
        SurvivalFixture.Relative(e.GetProperty("z").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.Z)), tol, "z");
        SurvivalFixture.Relative(e.GetProperty("p").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.PValue)), tol * 10, "p");
        SurvivalFixture.Relative(e.GetProperty("hr").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.HazardRatio)), tol, "exp(coef)");
        SurvivalFixture.Relative(e.GetProperty("hr_lower").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.HazardRatioLower)), tol, "lower .95");
        SurvivalFixture.Relative(e.GetProperty("hr_upper").Doubles(), SurvivalFixture.Nullable(coef.Select(c => c.HazardRatioUpper)), tol, "upper .95");

        var ll = e.GetProperty("loglik").Doubles();
        Close.Relative(ll[0], fit.LogLikelihoodNull, tol, "loglik[1]");
        Close.Relative(ll[1], fit.LogLikelihood, tol, "loglik[2]");
        Assert.Equal(e.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(e.GetProperty("nevent").GetInt32(), fit.Events);
        SurvivalFixture.Relative(e.GetProperty("means").Doubles(), fit.Means, tol, "means");
        AllNear(e.GetProperty("lp").Doubles(), fit.LinearPredictors, tol, "linear.predictors");

        Test(e.GetProperty("lr").Doubles(), fit.LikelihoodRatio, tol, "likelihood ratio");
        Test(e.GetProperty("wald").Doubles(), fit.Wald, tol, "Wald");
        Test(e.GetProperty("score").Doubles(), fit.Score, tol, "score");
        if (e.Has("robust_score"))
        {
            Test(e.GetProperty("robust_score").Doubles(), fit.RobustScore!, tol, "robust score");
        }

        var c = e.GetProperty("concordance").Doubles();
        Close.Relative(c[0], fit.Concordance.Concordant, tol, "concordant");
        Close.Relative(c[1], fit.Concordance.Discordant, tol, "discordant");
        Close.Relative(c[2], fit.Concordance.TiedRisk, tol, "tied.x");
        Close.Relative(c[3], fit.Concordance.TiedTime, tol, "tied.y");
        Close.Relative(c[4], fit.Concordance.TiedBoth, tol, "tied.xy");
        Close.Relative(c[5], fit.Concordance.Value, tol, "concordance");
        Close.Relative(c[6], fit.Concordance.StdErr, tol, "concordance std");
    }

    public static void Test(double[] expected, ChiSquareTest actual, double tol, string what)
    {
        Close.Relative(expected[0], actual.Statistic, tol, what + " statistic");
        Assert.Equal((int)expected[1], actual.DegreesOfFreedom);
        Close.Relative(expected[2], actual.PValue, tol * 10, what + " p");
    }

    /// <summary>|a − e| ≤ tol·max(1, |e|): for centred quantities that pass through zero.</summary>
    public static void AllNear(double[] expected, IReadOnlyList<double> actual, double tol, string what) => Close.All(expected, actual, tol, what);

    public static double[,] LungCovariates(JsonElement data) =>
        SurvivalFixture.Columns(data.GetProperty("age").Doubles(), data.GetProperty("sex").Doubles(), data.GetProperty("ph_ecog").Doubles());

    public static readonly string[] LungNames = ["age", "sex", "ph.ecog"];
}
