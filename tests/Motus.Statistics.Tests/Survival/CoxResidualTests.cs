using System.Text.Json;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Baseline hazard (basehaz), Schoenfeld / scaled Schoenfeld, score and dfbeta residuals against survival 3.5-3.
/// Tolerance 1e-6 (relative for hazards; absolute-or-relative, max(1, |x|), for residuals that cross zero).
/// </summary>
public sealed class CoxResidualTests
{
    private const double Tol = 1e-6;

    public static TheoryData<string, TiesMethod, bool> LungFits => new()
    {
        { "efron", TiesMethod.Efron, false },
        { "breslow", TiesMethod.Breslow, false },
        { "strata_sex", TiesMethod.Efron, true },
    };

    [Theory]
    [MemberData(nameof(LungFits))]
    public void BaselineHazard_Lung_MatchesBasehaz(string name, TiesMethod ties, bool stratified)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var fit = FitLung(f, ties, stratified);

        // Act
        var centered = fit.BaselineHazard(centered: true);
        var uncentered = fit.BaselineHazard(centered: false);

        // Assert
        AssertBaseline(f.At(name + ".basehaz"), centered, uncentered, stratified);
    }

    [Theory]
    [MemberData(nameof(LungFits))]
    public void SchoenfeldResiduals_Lung_MatchResiduals(string name, TiesMethod ties, bool stratified)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var fit = FitLung(f, ties, stratified);
        var p = fit.Coefficients.Count;

        // Act
        var raw = fit.SchoenfeldResiduals(scaled: false);
        var scaled = fit.SchoenfeldResiduals(scaled: true);

        // Assert
        var e = f.At(name + ".resid");
        Close.All(e.GetProperty("schoenfeld_time").Doubles(), raw.Time, 0, "time");
        SurvivalFixture.Near(e.GetProperty("schoenfeld").Matrix(p), raw.Residuals, Tol, "schoenfeld");
        SurvivalFixture.Near(e.GetProperty("scaled_schoenfeld").Matrix(p), scaled.Residuals, Tol, "scaledsch");
        Assert.True(scaled.Scaled);
    }

    [Theory]
    [MemberData(nameof(LungFits))]
    public void ScoreResidualsAndDfBeta_Lung_MatchResiduals(string name, TiesMethod ties, bool stratified)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var fit = FitLung(f, ties, stratified);
        var p = fit.Coefficients.Count;

        // Act
        var score = fit.ScoreResiduals();
        var dfbeta = fit.DfBeta();

        // Assert
        var e = f.At(name + ".resid");
        SurvivalFixture.Near(e.GetProperty("score").Matrix(p), score, Tol, "score");
        SurvivalFixture.Near(e.GetProperty("dfbeta").Matrix(p), dfbeta, Tol, "dfbeta");
    }

    [Theory]
    [InlineData("efron", TiesMethod.Efron)]
    [InlineData("breslow", TiesMethod.Breslow)]
    public void Residuals_VeteranHeavyTies_MatchResiduals(string name, TiesMethod ties)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_ties.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("trt").Doubles(), d.GetProperty("karno").Doubles(), d.GetProperty("age").Doubles());
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d, "month"), x, ["trt", "karno", "age"], options: new CoxOptions { Ties = ties });

        // Act
        var schoenfeld = fit.SchoenfeldResiduals(scaled: false);
        var scaled = fit.SchoenfeldResiduals(scaled: true);
        var score = fit.ScoreResiduals();
        var dfbeta = fit.DfBeta();

        // Assert
        var e = f.GetProperty(name);
        AssertBaseline(e.GetProperty("basehaz"), fit.BaselineHazard(true), fit.BaselineHazard(false), false);
        SurvivalFixture.Near(e.At("resid.schoenfeld").Matrix(3), schoenfeld.Residuals, Tol, "schoenfeld");
        SurvivalFixture.Near(e.At("resid.scaled_schoenfeld").Matrix(3), scaled.Residuals, Tol, "scaledsch");
        SurvivalFixture.Near(e.At("resid.score").Matrix(3), score, Tol, "score");
        SurvivalFixture.Near(e.At("resid.dfbeta").Matrix(3), dfbeta, Tol, "dfbeta");
    }

    [Theory]
    [InlineData("efron", TiesMethod.Efron)]
    [InlineData("breslow", TiesMethod.Breslow)]
    public void Residuals_LeftTruncated_MatchResiduals(string name, TiesMethod ties)
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var x = SurvivalFixture.Columns(d.GetProperty("x1").Doubles(), d.GetProperty("x2").Doubles());
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), x, ["x1", "x2"], options: new CoxOptions { Ties = ties });

        // Act
        var score = fit.ScoreResiduals();

        // Assert
        var e = f.GetProperty(name);
        AssertBaseline(e.GetProperty("basehaz"), fit.BaselineHazard(true), fit.BaselineHazard(false), false);
        SurvivalFixture.Near(e.GetProperty("score_resid").Matrix(2), score, Tol, "score");
        if (e.Has("schoenfeld"))
        {
            var sch = fit.SchoenfeldResiduals(scaled: false);
            Close.All(e.GetProperty("schoenfeld_time").Doubles(), sch.Time, 0, "time");
            SurvivalFixture.Near(e.GetProperty("schoenfeld").Matrix(2), sch.Residuals, Tol, "schoenfeld");
        }
    }

    [Fact]
    public void BaselineHazard_LeftTruncatedStratified_MatchesBasehaz()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_truncated.json");
        var d = f.GetProperty("data");
        var fit = CoxRegression.Fit(SurvivalFixture.Counting(d), SurvivalFixture.Columns(d.GetProperty("x1").Doubles()), ["x1"],
            strata: d.GetProperty("x2").Ints());

        // Act
        var centered = fit.BaselineHazard(true);
        var uncentered = fit.BaselineHazard(false);

        // Assert
        AssertBaseline(f.At("strata_x2.basehaz"), centered, uncentered, true);
    }

    [Fact]
    public void BaselineHazard_IntegerWeights_MatchesBasehaz()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var d = f.GetProperty("data");
        var fit = CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames,
            weights: f.GetProperty("weights_int").Doubles());

        // Act
        var centered = fit.BaselineHazard(true);

        // Assert
        AssertBaseline(f.At("fit_weights_int.basehaz"), centered, fit.BaselineHazard(false), false);
    }

    [Fact]
    public void PostFitMethods_CalledConcurrently_GiveIdenticalResults()
    {
        // Arrange
        var f = SurvivalFixture.Load("cox_lung.json");
        var fit = FitLung(f, TiesMethod.Efron, false);
        var reference = fit.DfBeta();

        // Act
        var results = new double[16][,];
        Parallel.For(0, results.Length, i =>
        {
            _ = fit.BaselineHazard(i % 2 == 0);
            results[i] = fit.DfBeta();
        });

        // Assert
        Assert.All(results, r => Assert.Equal(reference, r));
    }

    private static CoxFit FitLung(JsonElement f, TiesMethod ties, bool stratified)
    {
        var d = f.GetProperty("data");
        var options = new CoxOptions { Ties = ties };
        return stratified
            ? CoxRegression.Fit(SurvivalFixture.RightCensored(d),
                SurvivalFixture.Columns(d.GetProperty("age").Doubles(), d.GetProperty("ph_ecog").Doubles()), ["age", "ph.ecog"],
                strata: d.GetProperty("sex").Ints(), options: options)
            : CoxRegression.Fit(SurvivalFixture.RightCensored(d), CoxAssert.LungCovariates(d), CoxAssert.LungNames, options: options);
    }

    private static void AssertBaseline(JsonElement e, BaselineCumulativeHazard centered, BaselineCumulativeHazard uncentered, bool stratified)
    {
        Close.All(e.GetProperty("time").Doubles(), centered.Time, 0, "time");
        SurvivalFixture.Relative(e.GetProperty("hazard_centered").Doubles(), centered.CumulativeHazard, Tol, "hazard (centered)");
        SurvivalFixture.Relative(e.GetProperty("hazard_uncentered").Doubles(), uncentered.CumulativeHazard, Tol, "hazard (uncentered)");
        Assert.True(centered.Centered);
        Assert.False(uncentered.Centered);
        Assert.Equal(stratified, centered.Stratum is not null);
        if (stratified)
        {
            var labels = e.GetProperty("strata").EnumerateArray().Select(x => x.GetString()!).ToArray();
            var codes = centered.Stratum!;
            for (var i = 1; i < labels.Length; i++)
            {
                Assert.Equal(labels[i] == labels[i - 1], codes[i] == codes[i - 1]);
            }
        }
    }
}
