using Motus.Statistics.Common;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Regression;

/// <summary>Per-group slopes against <c>lm(y ~ t)</c> in every group of tests/fixtures/r/regression/group_slopes.json (1e-6 relative).</summary>
public sealed class GroupSlopesTests
{
    private const double Tol = 1e-6;

    [Fact]
    public void Fit_GroupedRows_MatchesLmPerGroup()
    {
        // Arrange
        var (g, t, y) = Data();

        // Act
        var fit = GroupSlopes.Fit(g, t, y);

        // Assert
        Assert.True(fit.InputWasGrouped);
        AssertMatchesR(fit);
    }

    [Fact]
    public void Fit_ShuffledRows_MatchesLmPerGroup()
    {
        // Arrange
        var (g, t, y) = Data();
        var perm = RFixtures.Load("regression", "group_slopes.json").GetProperty("shuffled").Ints();

        // Act
        var fit = GroupSlopes.Fit(perm.Select(i => g[i]).ToArray(), perm.Select(i => t[i]).ToArray(), perm.Select(i => y[i]).ToArray());

        // Assert
        Assert.False(fit.InputWasGrouped);
        AssertMatchesR(fit);
    }

    [Fact]
    public void Fit_StringKeys_SameAsIntegerKeys()
    {
        // Arrange
        var (g, t, y) = Data();

        // Act
        var byInt = GroupSlopes.Fit(g, t, y);
        var byString = GroupSlopes.Fit(g.Select(k => $"P{k}").ToArray(), t, y);

        // Assert
        Assert.Equal(byInt.Groups.Select(s => s.Slope), byString.Groups.Select(s => s.Slope));
        Assert.Equal(byInt.Groups.Select(s => $"P{s.Group}"), byString.Groups.Select(s => s.Group));
    }

    [Fact]
    public void Fit_DegenerateGroups_FlaggedWithReasons()
    {
        // Arrange: 1 visit; 2 visits; 3 visits at one time; constant y; perfect line
        int[] g = [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5];
        double[] t = [0, 0, 2, 1, 1, 1, 0, 1, 2, 0, 1, 3];
        double[] y = [40, 40, 38, 40, 39, 41, 35, 35, 35, 40, 39, 37];

        // Act
        var fit = GroupSlopes.Fit(g, t, y);

        // Assert
        var s = fit.Groups;
        Assert.Equal(SlopeStatus.SingleObservation, s[0].Status);
        Assert.Null(s[0].Slope);
        Assert.Equal(0, s[0].TimeSpan);
        Assert.Equal(SlopeStatus.TwoObservations, s[1].Status);
        Assert.Equal(-1.0, s[1].Slope!.Value, 12);
        Assert.Equal(40.0, s[1].Intercept!.Value, 12);
        Assert.Null(s[1].StandardError);
        Assert.Equal(SlopeStatus.NoTimeSpread, s[2].Status);
        Assert.Null(s[2].Slope);
        Assert.Equal(SlopeStatus.Estimated, s[3].Status);
        Assert.Equal(0.0, s[3].Slope!.Value, 12);
        Assert.Equal(0.0, s[3].StandardError!.Value, 12);
        Assert.Equal(-1.0, s[4].Slope!.Value, 12);
        Assert.Equal(0.0, s[4].ResidualSd!.Value, 6);
        Assert.Equal(3, s[4].TimeSpan);
        Assert.Equal(1, fit.Count(SlopeStatus.SingleObservation));
        Assert.Equal(3, fit.Diagnostics.Warnings.Count);
    }

    [Fact]
    public void Fit_LargeTimeOffset_StaysAccurate()
    {
        // Arrange: days since 1970 (≈ 20,000) with a slope of −0.03/day; raw power sums would lose ~8 digits here
        double[] t = [20000, 20030, 20061, 20090, 20122];
        var y = t.Select((v, i) => 40 - (0.03 * (v - 20000)) + (i % 2 == 0 ? 0.25 : -0.25)).ToArray();
        var reference = LinearRegression.Fit(y, DesignMatrix.FromColumns(("t", t.Select(v => v - 20000).ToArray())));

        // Act
        var fit = GroupSlopes.Fit([7, 7, 7, 7, 7], t, y);

        // Assert
        Close.Relative(reference["t"].Estimate!.Value, fit.Groups[0].Slope!.Value, 1e-10, "slope");
        Close.Relative(reference["t"].StandardError!.Value, fit.Groups[0].StandardError!.Value, 1e-9, "se");
    }

    [Fact]
    public void Fit_MismatchedLengths_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => GroupSlopes.Fit([1, 1], [0.0, 1.0], [1.0]));

        // Assert
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void Fit_NullKey_Throws()
    {
        // Act
        var ex = Assert.Throws<StatisticsInputException>(() => GroupSlopes.Fit(["a", null!], [0.0, 1.0], [1.0, 2.0]));

        // Assert
        Assert.Contains("group[1] is null", ex.Message, StringComparison.Ordinal);
    }

    private static (int[] G, double[] T, double[] Y) Data()
    {
        var d = RFixtures.Load("regression", "group_slopes.json").GetProperty("data");
        return (d.GetProperty("g").Ints(), d.GetProperty("t").Doubles(), d.GetProperty("y").Doubles());
    }

    private static void AssertMatchesR(GroupSlopesResult<int> fit)
    {
        var r = RFixtures.Load("regression", "group_slopes.json").GetProperty("groups");
        var keys = r.GetProperty("g").Ints();
        var n = r.GetProperty("n").Ints();
        var slope = r.GetProperty("slope").Doubles();
        var se = r.GetProperty("se").Doubles();
        var icp = r.GetProperty("intercept").Doubles();
        var sigma = r.GetProperty("sigma").Doubles();
        var span = r.GetProperty("span").Doubles();
        var byKey = fit.Groups.ToDictionary(s => s.Group);
        Assert.Equal(keys.Length, fit.Groups.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            var s = byKey[keys[i]];
            Assert.Equal(n[i], s.Count);
            Close.Equal(slope[i], s.Slope ?? double.NaN, Tol, $"slope {keys[i]}");
            Close.Equal(icp[i], s.Intercept ?? double.NaN, Tol, $"intercept {keys[i]}");
            Close.Equal(se[i], s.StandardError ?? double.NaN, Tol, $"se {keys[i]}");
            Close.Equal(sigma[i], s.ResidualSd ?? double.NaN, Tol, $"sigma {keys[i]}");
            Close.Equal(span[i], s.TimeSpan, Tol, $"span {keys[i]}");
        }
    }
}
