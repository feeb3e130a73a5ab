using Motus.Analysis.Progression;
using Motus.Analysis.Tests.Common;

namespace Motus.Analysis.Tests.Progression;

/// <summary>Pre/post slopes: hand-made edge cases and lm() in R with the pooled shared-visit SE (tests/fixtures/r/progression/prepost.json, 1e-9).</summary>
public sealed class PrePostSlopesTests
{
    private const double RTol = 1e-9;
    private static readonly DateOnly Onset = new(2024, 1, 1);

    [Fact]
    public void CompareAtDose_NoSuchAdministration_Null()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2025, 1, 1), 40)).WithAdministration(new DateOnly(2025, 1, 2), doseNumber: 1);

        Assert.Null(PrePostSlopes.CompareAtDose(record, doseNumber: 2));
    }

    [Fact]
    public void CompareAtDose_SharedBaseline_BaselineInBothSlopes()
    {
        // visits at −60, −30, 0, +30, +60 days from the dose on 2025-03-01; the 0-day visit is in both periods
        var dose = new DateOnly(2025, 3, 1);
        var record = TestRecords.WithTotals(Onset, (dose.AddDays(-60), 42), (dose.AddDays(-30), 41), (dose, 39), (dose.AddDays(30), 39), (dose.AddDays(60), 38))
            .WithAdministration(dose);

        var c = PrePostSlopes.CompareAtDose(record)!;

        Assert.Equal(dose, c.BaselineVisitDate);
        Assert.Equal(3, c.PreSlope.PointCount);
        Assert.Equal(3, c.PostSlope.PointCount);
        Assert.Equal(1, c.DoseNumber);
        // pre: t = −60, −30, 0 days; y = 42, 41, 39: b = Σ(t−t̄)(y−ȳ)/Σ(t−t̄)² = (−30·1.333 + 30·(−1.667))/1800 = −90/1800 per day
        //      = −0.05·30.4375 = −1.521875 points/month; post: y = 39, 39, 38 → b = (−30·0.333 + 30·(−0.667))/1800 = −30/1800 per day = −0.5072917
        Assert.Equal(-0.05 * 30.4375, c.PreSlope.Slope!.Value, 12);
        Assert.Equal(-30.0 / 1800 * 30.4375, c.PostSlope.Slope!.Value, 12);
        // difference = 60/1800 per day = 1.0145833/month; relative = 1.0145833/1.521875 = 2/3
        Assert.Equal(60.0 / 1800 * 30.4375, c.Difference!.Value, 12);
        Assert.Equal(2.0 / 3, c.RelativeChange!.Value, 12);
        // shared visit: w_pre(0) = (0 − (−30 d))/Stt_pre > 0, w_post(0) = (0 − 30 d)/Stt_post < 0 ⇒ covariance < 0
        Assert.True(c.Covariance < 0);
    }

    [Fact]
    public void CompareAtDose_PreOnly_BaselineOnlyInLeadIn()
    {
        var dose = new DateOnly(2025, 3, 1);
        var record = TestRecords.WithTotals(Onset, (dose.AddDays(-60), 42), (dose.AddDays(-30), 41), (dose, 39), (dose.AddDays(30), 39), (dose.AddDays(60), 38))
            .WithAdministration(dose);

        var c = PrePostSlopes.CompareAtDose(record, options: new PrePostOptions { Baseline = BaselineVisitHandling.PreOnly })!;

        Assert.Equal(3, c.PreSlope.PointCount);
        Assert.Equal(2, c.PostSlope.PointCount);
        Assert.Equal(0.0, c.Covariance);
        // post: 39 → 38 over 30 days = −30.4375/30 = −1.0145833 points/month
        Assert.Equal(-30.4375 / 30, c.PostSlope.Slope!.Value, 12);
    }

    [Fact]
    public void Compare_NoVisitNearPivot_WarnsNoSharedBaseline()
    {
        var pivot = new DateOnly(2025, 3, 1);
        var record = TestRecords.WithTotals(Onset, (pivot.AddDays(-80), 42), (pivot.AddDays(-50), 41), (pivot.AddDays(30), 39), (pivot.AddDays(60), 38));

        var c = PrePostSlopes.Compare(record, pivot);

        Assert.Null(c.BaselineVisitDate);
        Assert.Null(c.DoseNumber);
        Assert.Contains(c.Warnings, w => w.Contains("share no baseline visit"));
        Assert.Equal(0.0, c.Covariance);
        Assert.Null(c.DifferenceStandardError); // two points in each period: no residual df
    }

    [Fact]
    public void Compare_NoPostVisits_DifferenceNotEstimable()
    {
        var pivot = new DateOnly(2025, 3, 1);
        var record = TestRecords.WithTotals(Onset, (pivot.AddDays(-60), 42), (pivot.AddDays(-30), 41), (pivot, 40));

        var c = PrePostSlopes.Compare(record, pivot);

        Assert.True(c.PreSlope.Estimable);
        Assert.False(c.PostSlope.Estimable);
        Assert.Null(c.Difference);
        Assert.Null(c.RelativeChange);
    }

    [Fact]
    public void Compare_RisingPreSlope_NoRelativeChange()
    {
        var pivot = new DateOnly(2025, 3, 1);
        var record = TestRecords.WithTotals(Onset, (pivot.AddDays(-60), 38), (pivot.AddDays(-30), 39), (pivot, 40), (pivot.AddDays(30), 39), (pivot.AddDays(60), 38));

        var c = PrePostSlopes.Compare(record, pivot);

        Assert.True(c.PreSlope.Slope > 0);
        Assert.NotNull(c.Difference);
        Assert.Null(c.RelativeChange);
    }

    [Fact]
    public void Compare_BadOptions_Throw()
    {
        var record = TestRecords.WithTotals(Onset);

        Assert.Throws<ArgumentOutOfRangeException>(() => PrePostSlopes.Compare(record, Onset, new PrePostOptions { LeadInDays = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrePostSlopes.Compare(record, Onset, new PrePostOptions { BaselineToleranceDays = -1 }));
    }

    [Theory]
    [InlineData(BaselineVisitHandling.Shared, "shared")]
    [InlineData(BaselineVisitHandling.PreOnly, "pre_only")]
    public void Compare_RFixture_MatchesLmAndPooledFormula(BaselineVisitHandling handling, string key)
    {
        foreach (var c in RFixtures.Load("progression", "prepost.json").EnumerateArray())
        {
            var record = TestRecords.FromDays(c.GetProperty("days").Ints(), c.GetProperty("totals").Ints());
            var pivot = TestRecords.FixtureOnset.AddDays(c.GetProperty("pivot").GetInt32());
            var e = c.GetProperty(key);

            var r = PrePostSlopes.Compare(record, pivot, new PrePostOptions { Baseline = handling });

            Assert.Equal(TestRecords.FixtureOnset.AddDays(e.GetProperty("baseline").GetInt32()), r.BaselineVisitDate);
            Assert.Equal(e.GetProperty("pre_n").GetInt32(), r.PreSlope.PointCount);
            Assert.Equal(e.GetProperty("post_n").GetInt32(), r.PostSlope.PointCount);
            Close.Equal(e.GetProperty("pre").GetDouble(), r.PreSlope.Slope, RTol, "pre");
            Close.Equal(e.GetProperty("post").GetDouble(), r.PostSlope.Slope, RTol, "post");
            Close.Equal(e.GetProperty("pre_se").GetDouble(), r.PreSlope.StandardError, RTol, "pre SE");
            Close.Equal(e.GetProperty("post_se").GetDouble(), r.PostSlope.StandardError, RTol, "post SE");
            Close.Equal(e.GetProperty("difference").GetDouble(), r.Difference, RTol, "difference");
            Close.Equal(e.GetProperty("se").GetDouble(), r.DifferenceStandardError, RTol, "SE(difference)");
            Close.Equal(e.GetProperty("covariance").GetDouble(), r.Covariance, RTol, "covariance");
            Close.Equal(e.GetProperty("sigma").GetDouble(), r.PooledResidualSd, RTol, "pooled sigma");
            if (handling == BaselineVisitHandling.Shared)
            {
                Assert.True(r.Covariance < 0);
            }
        }
    }
}
