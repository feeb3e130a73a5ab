using Motus.Analysis.Progression;
using Motus.Analysis.Tests.Common;

namespace Motus.Analysis.Tests.Progression;

/// <summary>D50 fits: hand-computed exact fits and nls() in R (tests/fixtures/r/progression/d50.json, 1e-6 relative).</summary>
public sealed class D50ModelTests
{
    private const double RTol = 1e-6;
    private static readonly DateOnly Onset = new(2020, 1, 1);

    [Fact]
    public void Fit_TwoRatings_ExactSigmoidThroughBoth()
    {
        // 36 at day 366 (2021-01-01) and 12 at day 731 (2022-01-01): z = ln(48/y − 1) = ln(1/3) and ln 3 = ∓1.0986123
        // z = (t − D50)/dx ⇒ D50 = midpoint = 548.5 days = 18.020534 months; dx = (365/30.4375)/(2·ln 3) = 11.991786/2.1972246 = 5.4576590
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2021, 1, 1), 36), (new DateOnly(2022, 1, 1), 12));

        var f = D50Model.Fit(record);

        Assert.True(f.Converged);
        Assert.Equal(548.5 / 30.4375, f.D50!.Value, 8);
        Assert.Equal(365 / 30.4375 / (2 * Math.Log(3)), f.Dx!.Value, 8);
        Assert.Null(f.D50StandardError);
        Assert.Null(f.ResidualSd);
        Assert.Contains(f.Warnings, w => w.Contains("Two ratings"));
        // steepest decline 48/(4·dx) = 12/5.4576590 = 2.1987447 points/month; D50 < 20 → high aggressiveness
        Assert.Equal(12 / f.Dx!.Value, f.SteepestDeclinePerMonth!.Value, 12);
        Assert.Equal(D50Aggressiveness.High, f.Aggressiveness);
        Assert.Equal(24, f.PredictedTotal(f.D50.Value)!.Value, 10);
        Assert.Equal(1.0, f.RelativeD50(f.D50.Value)!.Value, 12);
    }

    [Fact]
    public void Fit_SlowDecline_LowAggressiveness()
    {
        // 40 at 2024-01-01 (1461 days = 48 months) and 8 at 2026-01-01 (2192 days = 72.016427 months):
        // z = ln(0.2) = −1.6094379 and ln 5 = +1.6094379 ⇒ D50 = midpoint 1826.5 days = 60.008214 months > 40 → low
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 1, 1), 40), (new DateOnly(2026, 1, 1), 8));

        var f = D50Model.Fit(record);

        Assert.Equal(1826.5 / 30.4375, f.D50!.Value, 8);
        Assert.Equal(D50Aggressiveness.Low, f.Aggressiveness);
    }

    [Fact]
    public void Fit_AllFullScores_NotEstimable()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2020, 6, 1), 48), (new DateOnly(2020, 9, 1), 48), (new DateOnly(2020, 12, 1), 48));

        var f = D50Model.Fit(record);

        Assert.False(f.Estimable);
        Assert.Contains("Every rating is 48", f.NotEstimableReason);
        Assert.Null(f.SteepestDeclinePerMonth);
        Assert.Null(f.PredictedTotal(10));
    }

    [Fact]
    public void Fit_RisingScores_NotEstimable()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2020, 6, 1), 30), (new DateOnly(2020, 9, 1), 38), (new DateOnly(2020, 12, 1), 45));

        var f = D50Model.Fit(record);

        Assert.False(f.Estimable, $"D50 {f.D50} dx {f.Dx} iterations {f.Iterations}");
        Assert.Contains("D50 not estimable", f.NotEstimableReason);
    }

    [Fact]
    public void Fit_OneRating_NotEstimable()
    {
        var f = D50Model.Fit(TestRecords.WithTotals(Onset, (new DateOnly(2021, 1, 1), 36)));

        Assert.False(f.Estimable);
        Assert.Contains("at least two dates", f.NotEstimableReason);
    }

    [Fact]
    public void Fit_NoOnset_NotEstimable()
    {
        var f = D50Model.Fit(TestRecords.WithTotals(null, (new DateOnly(2021, 1, 1), 36), (new DateOnly(2022, 1, 1), 12)));

        Assert.False(f.Estimable);
        Assert.Contains("no symptom onset date", f.NotEstimableReason);
    }

    [Fact]
    public void Fit_RFixture_MatchesNls()
    {
        foreach (var c in RFixtures.Load("progression", "d50.json").EnumerateArray())
        {
            var record = TestRecords.FromDays(c.GetProperty("days").Ints(), c.GetProperty("totals").Ints());

            var f = D50Model.Fit(record);

            Assert.True(f.Converged, f.NotEstimableReason);
            Close.Equal(c.GetProperty("d50").GetDouble(), f.D50, RTol, "D50");
            Close.Equal(c.GetProperty("dx").GetDouble(), f.Dx, RTol, "dx");
            Close.Equal(c.GetProperty("d50_se").GetDouble(), f.D50StandardError, RTol, "SE(D50)");
            Close.Equal(c.GetProperty("dx_se").GetDouble(), f.DxStandardError, RTol, "SE(dx)");
            Close.Equal(c.GetProperty("sigma").GetDouble(), f.ResidualSd, RTol, "sigma");
        }
    }
}
