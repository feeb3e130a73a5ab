using System.Text.Json;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>
/// Log-rank / G-rho against survival::survdiff (survival 3.5-3), and the left-truncated generalisation against the
/// survdiff2 algorithm written out in R (make.R). Tolerance 1e-10 relative.
/// </summary>
public sealed class LogRankTests
{
    private const double Tol = 1e-10;

    [Theory]
    [InlineData("sex_rho0", 0.0)]
    [InlineData("sex_rho1", 1.0)]
    [InlineData("sex_rho05", 0.5)]
    public void Test_LungBySex_MatchesSurvdiff(string name, double rho)
    {
        // Arrange
        var f = SurvivalFixture.Load("logrank_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));

        // Act
        var r = LogRank.Test(data, f.At("data.sex").Ints(), rho: rho);

        // Assert
        AssertMatches(f.GetProperty(name), r, 2);
        Assert.Equal(rho, r.Rho);
        Assert.Null(r.Strata);
    }

    [Fact]
    public void Test_LungByEcogFourGroups_MatchesSurvdiff()
    {
        // Arrange
        var f = SurvivalFixture.Load("logrank_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));

        // Act
        var r = LogRank.Test(data, f.At("data.ph_ecog").Ints());

        // Assert
        AssertMatches(f.GetProperty("ecog_rho0"), r, 4);
        Assert.Equal(3, r.DegreesOfFreedom);
    }

    [Theory]
    [InlineData("sex_strata_ecog_rho0", 0.0)]
    [InlineData("sex_strata_ecog_rho1", 1.0)]
    public void Test_StratifiedByEcog_MatchesSurvdiffStrata(string name, double rho)
    {
        // Arrange
        var f = SurvivalFixture.Load("logrank_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));

        // Act
        var r = LogRank.Test(data, f.At("data.sex").Ints(), f.At("data.ph_ecog").Ints(), rho);

        // Assert
        var e = f.GetProperty(name);
        AssertMatches(e, r, 2);
        Assert.Equal([0, 1, 2, 3], r.Strata!);
        SurvivalFixture.Relative(e.GetProperty("observed_by_stratum").Matrix(4), r.ObservedByStratum!, Tol, "O by stratum");
        SurvivalFixture.Relative(e.GetProperty("expected_by_stratum").Matrix(4), r.ExpectedByStratum!, Tol, "E by stratum");
    }

    [Fact]
    public void Test_VeteranHeavyTies_MatchesSurvdiff()
    {
        // Arrange
        var f = SurvivalFixture.Load("logrank_veteran.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"), "month");

        // Act
        var cell = LogRank.Test(data, f.At("data.celltype").Ints());
        var trt = LogRank.Test(data, f.At("data.trt").Ints(), rho: 1);

        // Assert
        AssertMatches(f.GetProperty("celltype_rho0"), cell, 4);
        AssertMatches(f.GetProperty("trt_rho1"), trt, 2);
    }

    [Theory]
    [InlineData("x2_rho0", 0.0, false)]
    [InlineData("x2_rho1", 1.0, false)]
    [InlineData("x2_strata_rho0", 0.0, true)]
    public void Test_LeftTruncated_MatchesCountingProcessReference(string name, double rho, bool stratified)
    {
        // Arrange
        var f = SurvivalFixture.Load("logrank_truncated.json");
        var data = SurvivalFixture.Counting(f.GetProperty("data"));
        var strata = stratified ? f.At("data.x1").Doubles().Select(x => x > 0 ? 1 : 0).ToArray() : null;

        // Act
        var r = LogRank.Test(data, f.At("data.x2").Ints(), strata, rho);

        // Assert
        var e = f.GetProperty(name);
        SurvivalFixture.Relative(e.GetProperty("observed").Doubles(), r.Observed, Tol, "observed");
        SurvivalFixture.Relative(e.GetProperty("expected").Doubles(), r.Expected, Tol, "expected");
        SurvivalFixture.Relative(e.GetProperty("var").Matrix(2), r.Variance, Tol, "var");
        Close.Relative(e.GetProperty("chisq").GetDouble(), r.ChiSquare, Tol, "chisq");
        Close.Relative(e.GetProperty("p").GetDouble(), r.PValue, Tol, "p");
        Assert.True(r.LeftTruncated);
    }

    [Fact]
    public void Test_OneGroup_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => LogRank.Test(data, [1, 1, 1]));

        // Assert
        Assert.Equal("groups", ex.ParamName);
    }

    [Fact]
    public void Test_GroupNeverAtRiskAtAnEvent_WarnsAndDropsIt()
    {
        // Arrange: group 3 is censored before the first event.
        var data = SurvivalData.RightCensored([5, 6, 7, 8, 1], [1, 1, 0, 1, 0]);

        // Act
        var r = LogRank.Test(data, [1, 2, 1, 2, 3]);

        // Assert
        Assert.Equal(0, r.Expected[2]);
        Assert.Equal(1, r.DegreesOfFreedom);
        Assert.Contains(r.Diagnostics.Warnings, w => w.Contains("Group 3", StringComparison.Ordinal));
    }

    private static void AssertMatches(JsonElement e, LogRankResult r, int groups)
    {
        Assert.Equal(e.GetProperty("n").Ints(), r.N);
        SurvivalFixture.Relative(e.GetProperty("observed").Doubles(), r.Observed, Tol, "observed");
        SurvivalFixture.Relative(e.GetProperty("expected").Doubles(), r.Expected, Tol, "expected");
        SurvivalFixture.Relative(e.GetProperty("var").Matrix(groups), r.Variance, Tol, "var");
        Close.Relative(e.GetProperty("chisq").GetDouble(), r.ChiSquare, Tol, "chisq");
        Assert.Equal(e.GetProperty("df").GetInt32(), r.DegreesOfFreedom);
        Close.Relative(e.GetProperty("p").GetDouble(), r.PValue, 1e-8, "p");
    }
}
