using System.Text.Json;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Proportional-hazards test against cox.zph (survival 3.5-3, score-test form): χ², df, p per covariate and
/// GLOBAL, transformed times and scaled residuals. Tolerance 1e-6.
/// </summary>
public sealed class CoxProportionalHazardsTests
{
    private const double Tol = 1e-6;

    public static TheoryData<string, string, TimeTransform> LungCases
    {
        get
        {
            var data = new TheoryData<string, string, TimeTransform>();
            foreach (var fit in new[] { "efron", "breslow", "strata_sex" })
            {
                data.Add(fit, "km", TimeTransform.KaplanMeier);
                data.Add(fit, "rank", TimeTransform.Rank);
                data.Add(fit, "identity", TimeTransform.Identity);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LungCases))]
    public void TestProportionalHazards_Lung_MatchesCoxZph(string fitName, string rTransform, TimeTransform transform)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");
        var stratified = fitName == "strata_sex";
        var fit = stratified
            ? CoxRegression.Fit(SurvivalFixture.RightCensored(d),
                SurvivalFixture.Columns(d.GetProperty("age").Doubles(), d.GetProperty("ph_ecog").Doubles()), ["age", "ph.ecog"],
                strata: d.GetProperty("sex").Ints())
            : CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
                options: new CoxOptions { Ties = fitName == "breslow" ? TiesMethod.Breslow : TiesMethod.Efron });

        // Act
        var zph = fit.TestProportionalHazards(transform);

        // Assert
        var e = SurvivalFixture.Load("cox_zph_lung.json").At(fitName + "." + rTransform);
        AssertTable(e, zph);
        Close.All(e.GetProperty("time").Doubles(), zph.Time, 0, "time");
        SurvivalFixture.Relative(e.GetProperty("x").Doubles(), zph.TransformedTime, Tol, "x");
        SurvivalFixture.Near(e.GetProperty("y").Matrix(zph.Names.Count), zph.ScaledResiduals, Tol, "y");
        Assert.Equal(transform, zph.Transform);
    }

    [Fact]
    public void TestProportionalHazards_VeteranHeavyTies_MatchesCoxZph()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_ties.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("trt").Doubles(), d.GetProperty("karno").Doubles(), d.GetProperty("age").Doubles());

        foreach (var (name, ties) in new[] { ("efron", TiesMethod.Efron), ("breslow", TiesMethod.Breslow) })
        {
            var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d, "month"), x, ["trt", "karno", "age"], options: new CoxOptions { Ties = ties });

            // Act
            var zph = fit.TestProportionalHazards(TimeTransform.KaplanMeier);

            // Assert
            var e = f.At(name + ".zph_km");
            AssertTable(e, zph);
            SurvivalFixture.Relative(e.GetProperty("x").Doubles(), zph.TransformedTime, Tol, "x");
            SurvivalFixture.Near(e.GetProperty("y").Matrix(3), zph.ScaledResiduals, Tol, "y");
        }
    }

    [Theory]
    [InlineData("efron", TiesMethod.Efron, "zph_km", TimeTransform.KaplanMeier)]
    [InlineData("efron", TiesMethod.Efron, "zph_rank", TimeTransform.Rank)]
    [InlineData("efron", TiesMethod.Efron, "zph_identity", TimeTransform.Identity)]
    [InlineData("breslow", TiesMethod.Breslow, "zph_km", TimeTransform.KaplanMeier)]
    public void TestProportionalHazards_LeftTruncated_MatchesCoxZph(string fitName, TiesMethod ties, string zphName, TimeTransform transform)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x1").Doubles(), d.GetProperty("x2").Doubles());
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), x, ["x1", "x2"], options: new CoxOptions { Ties = ties });

        // Act
        var zph = fit.TestProportionalHazards(transform);

        // Assert
        AssertTable(f.At(fitName + "." + zphName), zph);
    }

    [Fact]
    public void TestProportionalHazards_LeftTruncatedStratified_MatchesCoxZph()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), SurvivalFixture.Columns(d.GetProperty("x1").Doubles()), ["x1"],
            strata: d.GetProperty("x2").Ints());

        // Act
        var zph = fit.TestProportionalHazards(TimeTransform.KaplanMeier);

        // Assert
        AssertTable(f.At("strata_x2.zph_km"), zph);
    }

    [Fact]
    public void TestProportionalHazards_UndefinedTransform_Throws()
    {
        // Arrange
        var fit = CoxRegression.Fit(SurvivalData.RightCensored([1, 2, 3, 4, 5], [1, 1, 0, 1, 1]), SurvivalFixture.Columns([0.2, 1.5, -0.3, 0.8, -1.1]));

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => fit.TestProportionalHazards((TimeTransform)42));

        // Assert
        Assert.Equal("transform", ex.ParamName);
    }

    private static void AssertTable(JsonElement e, ProportionalHazardsTest zph)
    {
        var chisq = e.GetProperty("chisq").Doubles();
        var df = e.GetProperty("df").Ints();
        var p = e.GetProperty("p").Doubles();
        var k = zph.Terms.Count;
        Assert.Equal(chisq.Length, k + 1);
        for (var j = 0; j < k; j++)
        {
            Close.Relative(chisq[j], zph.Terms[j].Statistic, Tol, $"chisq[{j}]");
            Assert.Equal(df[j], zph.Terms[j].DegreesOfFreedom);
            Close.Relative(p[j], zph.Terms[j].PValue, Tol * 10, $"p[{j}]");
        }

        Close.Relative(chisq[k], zph.Global.Statistic, Tol, "GLOBAL chisq");
        Assert.Equal(df[k], zph.Global.DegreesOfFreedom);
        Close.Relative(p[k], zph.Global.PValue, Tol * 10, "GLOBAL p");
    }
}
