using System.Text.Json;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>Kaplan–Meier against survival::survfit / quantile.survfit (survival 3.5-3). Tolerance 1e-10 relative.</summary>
public sealed class KaplanMeierTests
{
    private const double Tol = 1e-10;

    public static TheoryData<string, ConfidenceIntervalType> ConfTypes => new()
    {
        { "log", ConfidenceIntervalType.Log },
        { "log-log", ConfidenceIntervalType.LogLog },
        { "plain", ConfidenceIntervalType.Plain },
    };

    [Theory]
    [MemberData(nameof(ConfTypes))]
    public void Fit_LungBySex_MatchesSurvfit(string rType, ConfidenceIntervalType type)
    {
        // Arrange
        var f = SurvivalFixture.Load("km_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));
        var sex = f.At("data.sex").Ints();

        // Act
        var fit = KaplanMeier.Fit(data, sex, type);

        // Assert
        var expected = f.At("by_sex." + rType).EnumerateArray().ToArray();
        Assert.Equal(2, fit.Curves.Count);
        Assert.Equal([1, 2], fit.Curves.Select(c => c.Group!.Value));
        for (var g = 0; g < 2; g++)
        {
            AssertCurve(expected[g], fit.Curves[g], $"sex {g + 1}");
        }

        Assert.Equal(type, fit.ConfidenceType);
        Assert.False(fit.LeftTruncated);
    }

    [Theory]
    [MemberData(nameof(ConfTypes))]
    public void Fit_LungOverall_MatchesSurvfit(string rType, ConfidenceIntervalType type)
    {
        // Arrange
        var f = SurvivalFixture.Load("km_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));

        // Act
        var fit = KaplanMeier.Fit(data, null, type);

        // Assert
        Assert.Null(fit.Curves.Single().Group);
        AssertCurve(f.At("overall." + rType)[0], fit.Curves[0], "overall");
    }

    [Fact]
    public void Fit_Level90_MatchesSurvfitConfInt90()
    {
        // Arrange
        var f = SurvivalFixture.Load("km_lung.json");
        var data = SurvivalFixture.RightCensored(f.GetProperty("data"));

        // Act
        var fit = KaplanMeier.Fit(data, f.At("data.sex").Ints(), ConfidenceIntervalType.Log, 0.9);

        // Assert
        var expected = f.GetProperty("conf90").EnumerateArray().ToArray();
        AssertCurve(expected[0], fit.Curves[0], "sex 1, 90%");
        AssertCurve(expected[1], fit.Curves[1], "sex 2, 90%");
        Assert.Equal(0.9, fit.ConfidenceLevel);
    }

    [Theory]
    [MemberData(nameof(ConfTypes))]
    public void Fit_LeftTruncatedByGroup_MatchesSurvfitCounting(string rType, ConfidenceIntervalType type)
    {
        // Arrange
        var f = SurvivalFixture.Load("km_truncated.json");
        var data = SurvivalFixture.Counting(f.GetProperty("data"));
        var x2 = f.At("data.x2").Ints();

        // Act
        var byGroup = KaplanMeier.Fit(data, x2, type);
        var overall = KaplanMeier.Fit(data, null, type);

        // Assert
        var expected = f.At("by_x2." + rType).EnumerateArray().ToArray();
        AssertCurve(expected[0], byGroup.Curves[0], "x2 = 0");
        AssertCurve(expected[1], byGroup.Curves[1], "x2 = 1");
        AssertCurve(f.At("overall." + rType)[0], overall.Curves[0], "overall");
        Assert.True(overall.LeftTruncated);
    }

    [Theory]
    [InlineData("midpoint")]
    [InlineData("ends_at_half")]
    [InlineData("not_reached")]
    [InlineData("to_zero")]
    [InlineData("censored_first")]
    public void Quantile_EdgeCases_MatchQuantileSurvfit(string name)
    {
        // Arrange
        var f = SurvivalFixture.Load("km_edge.json").GetProperty(name);
        var data = SurvivalFixture.RightCensored(f);

        foreach (var (rType, type) in new[] { ("log", ConfidenceIntervalType.Log), ("log-log", ConfidenceIntervalType.LogLog), ("plain", ConfidenceIntervalType.Plain) })
        {
            // Act
            var fit = KaplanMeier.Fit(data, null, type);

            // Assert
            AssertCurve(f.At("fits." + rType)[0], fit.Curves[0], $"{name} {rType}");
        }
    }

    [Fact]
    public void Median_EqualToHalfOnInterval_IsMidpoint()
    {
        // Arrange: six deaths at 1..6, S = 0.5 on [3, 4).
        var data = SurvivalData.RightCensored([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]);

        // Act
        var median = KaplanMeier.Fit(data).Curves[0].Median();

        // Assert
        Assert.Equal(3.5, median.Estimate);
    }

    [Fact]
    public void Fit_AllAtRiskDie_WarnsAndGivesInfiniteLogStdErr()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 1, 1]);

        // Act
        var fit = KaplanMeier.Fit(data);

        // Assert
        var c = fit.Curves[0];
        Assert.Equal(0, c.Survival[^1]);
        Assert.Equal(double.PositiveInfinity, c.StdErrLogSurvival[^1]);
        Assert.True(double.IsNaN(c.StdErrSurvival[^1]));
        Assert.True(double.IsNaN(c.Lower[^1]));
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("S = 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_GroupsWrongLength_Throws()
    {
        // Arrange
        var data = SurvivalData.RightCensored([1, 2, 3], [1, 0, 1]);

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => KaplanMeier.Fit(data, [1, 2]));

        // Assert
        Assert.Equal("groups", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Quantile_ProbabilityOutsideUnitInterval_Throws(double p)
    {
        // Arrange
        var curve = KaplanMeier.Fit(SurvivalData.RightCensored([1, 2, 3], [1, 0, 1])).Curves[0];

        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => curve.Quantile(p));

        // Assert
        Assert.Equal("probability", ex.ParamName);
    }

    private static void AssertCurve(JsonElement e, KaplanMeierCurve c, string what)
    {
        Close.All(e.GetProperty("time").Doubles(), c.Time, 0, what + " time");
        Assert.Equal(e.GetProperty("n_risk").Ints(), c.AtRisk);
        Assert.Equal(e.GetProperty("n_event").Ints(), c.Events);
        Assert.Equal(e.GetProperty("n_censor").Ints(), c.Censored);
        SurvivalFixture.Relative(e.GetProperty("surv").Doubles(), c.Survival, Tol, what + " surv");

        // R writes Inf as null: survfit's std.err is Inf exactly where S has reached 0.
        var seLog = e.GetProperty("std_err").Doubles();
        for (var i = 0; i < seLog.Length; i++)
        {
            if (double.IsNaN(seLog[i]))
            {
                Assert.Equal(double.PositiveInfinity, c.StdErrLogSurvival[i]);
            }
            else
            {
                Close.Relative(seLog[i], c.StdErrLogSurvival[i], Tol, $"{what} std.err[{i}]");
            }
        }

        SurvivalFixture.Relative(e.GetProperty("se_surv").Doubles(), c.StdErrSurvival, Tol, what + " se(S)");
        SurvivalFixture.Relative(e.GetProperty("lower").Doubles(), c.Lower, Tol, what + " lower");
        SurvivalFixture.Relative(e.GetProperty("upper").Doubles(), c.Upper, Tol, what + " upper");

        var probs = e.GetProperty("probs").Doubles();
        var q = probs.Select(c.Quantile).ToArray();
        SurvivalFixture.Relative(e.GetProperty("quantile").Doubles(), SurvivalFixture.Nullable(q.Select(x => x.Estimate)), Tol, what + " quantile");
        SurvivalFixture.Relative(e.GetProperty("quantile_lower").Doubles(), SurvivalFixture.Nullable(q.Select(x => x.Lower)), Tol, what + " quantile lower");
        SurvivalFixture.Relative(e.GetProperty("quantile_upper").Doubles(), SurvivalFixture.Nullable(q.Select(x => x.Upper)), Tol, what + " quantile upper");
    }
}
