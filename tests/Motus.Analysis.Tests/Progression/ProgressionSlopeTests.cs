using Motus.Analysis.Common;
using Motus.Analysis.Progression;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Records;

namespace Motus.Analysis.Tests.Progression;

/// <summary>Per-patient slopes: hand-computed cases and lm() in R (tests/fixtures/r/progression/slopes.json, 1e-9).</summary>
public sealed class ProgressionSlopeTests
{
    private const double RTol = 1e-9;
    private static readonly DateOnly Onset = new(2024, 1, 1);

    [Fact]
    public void Fit_ThreeVisits_MatchesHandComputation()
    {
        // days 0, 61, 122 → t = 0, 2.0041068, 4.0082136 months (61/30.4375 = 2.0041068); y = 40, 38, 35
        // t̄ = 2.0041068, ȳ = 37.6667; Stt = 2·2.0041068² = 8.0328895; Sty = 2.0041068·(−2.6667 − 2.3333) = −10.020534
        // b = −10.020534 / 8.0328895 = −2.5·30.4375/61 = −1.2474385; a = ȳ − b·t̄ = 37.6667 + 2.5 = 40.1667
        // residuals −1/6, 1/3, −1/6 → RSS = 1/6, σ̂² = 1/6; SE = √(1/6 / 8.0328895) = 0.1440412
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 3, 1), 40), (new DateOnly(2024, 5, 1), 38), (new DateOnly(2024, 7, 1), 35));

        var s = ProgressionSlope.Fit(record, DateWindow.All);

        Assert.Equal(-2.5 * 30.4375 / 61, s.Slope!.Value, 12);
        Assert.Equal(Math.Sqrt(1.0 / 6 / (2 * Math.Pow(61 / 30.4375, 2))), s.StandardError!.Value, 12);
        Assert.Equal(40 + (1.0 / 6), s.Intercept!.Value, 12);
        Assert.Equal(Math.Sqrt(1.0 / 6), s.ResidualSd!.Value, 12);
        Assert.Equal(3, s.PointCount);
        Assert.Equal(122 / 30.4375, s.SpanMonths, 12);
        Assert.Equal(new DateOnly(2024, 3, 1), s.TimeOrigin);
        Assert.Empty(s.Warnings);
        Assert.Contains("OLS", s.Method);
    }

    [Fact]
    public void Fit_TwoVisits_SlopeWithoutStandardError()
    {
        // (36 − 40) / (61 / 30.4375) = −4·30.4375/61 = −1.9959016
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 3, 1), 40), (new DateOnly(2024, 5, 1), 36));

        var s = ProgressionSlope.Fit(record, DateWindow.All);

        Assert.Equal(-4 * 30.4375 / 61, s.Slope!.Value, 12);
        Assert.Null(s.StandardError);
        Assert.Contains(s.Warnings, w => w.Contains("Two points"));
    }

    [Fact]
    public void Fit_NoVisit_NotEstimable()
    {
        var s = ProgressionSlope.Fit(TestRecords.WithTotals(Onset), DateWindow.All);

        Assert.False(s.Estimable);
        Assert.Contains("No visit", s.NotEstimableReason);
        Assert.Null(s.StandardError);
    }

    [Fact]
    public void Fit_OneVisitInWindow_NotEstimable()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 3, 1), 40), (new DateOnly(2024, 9, 1), 36));

        var s = ProgressionSlope.Fit(record, new DateWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)));

        Assert.False(s.Estimable);
        Assert.Contains("One visit", s.NotEstimableReason);
        Assert.Equal(1, s.PointCount);
    }

    [Fact]
    public void Fit_VisitsOnOneDate_ZeroSpanNotEstimable()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 3, 1), 40), (new DateOnly(2024, 3, 1), 39));

        var s = ProgressionSlope.Fit(record, DateWindow.All);

        Assert.False(s.Estimable);
        Assert.Contains("zero time span", s.NotEstimableReason);
        Assert.Equal(0, s.SpanMonths);
    }

    [Fact]
    public void Fit_DeletedAndOtherScaleRatings_LeftOut()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 3, 1), 40), (new DateOnly(2024, 4, 1), 10), (new DateOnly(2024, 5, 1), 36))
            .DeleteRating(1);
        record = record with { Alsfrs = [.. record.Alsfrs, TestRecords.Total(record.Patient, new DateOnly(2024, 6, 1), 30, AlsfrsScale.Alsfrs)] };

        var s = ProgressionSlope.Fit(record, DateWindow.All);

        Assert.Equal(-4 * 30.4375 / 61, s.Slope!.Value, 12);
        Assert.Contains(s.Warnings, w => w.Contains("other ALSFRS scale"));
    }

    [Fact]
    public void FitOnsetAnchored_OneVisit_IsMinusDeltaFs()
    {
        // anchor (0, 48) and (182 days, 42): slope = −6 / (182/30.4375) = −ΔFS = −1.0034341; intercept 48 (line through both)
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 7, 1), 42));

        var s = ProgressionSlope.FitOnsetAnchored(record, DateWindow.All);

        Assert.Equal(-6 * 30.4375 / 182, s.Slope!.Value, 12);
        Assert.Equal(48, s.Intercept!.Value, 12);
        Assert.True(s.Points[0].IsOnsetAnchor);
        Assert.Equal(Onset, s.TimeOrigin);
    }

    [Fact]
    public void FitOnsetAnchored_NoOnset_NotEstimable()
    {
        var record = TestRecords.WithTotals(null, (new DateOnly(2024, 7, 1), 42), (new DateOnly(2024, 9, 1), 40));

        var s = ProgressionSlope.FitOnsetAnchored(record, DateWindow.All);

        Assert.False(s.Estimable);
        Assert.Contains("no symptom onset date", s.NotEstimableReason);
    }

    [Fact]
    public void FitOnsetAnchored_OnlyVisitsBeforeOnset_NotEstimableWithWarning()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2023, 12, 1), 47));

        var s = ProgressionSlope.FitOnsetAnchored(record, DateWindow.All);

        Assert.False(s.Estimable);
        Assert.Contains(s.Warnings, w => w.Contains("before the onset date"));
    }

    [Fact]
    public void Fit_RFixture_MatchesLm()
    {
        foreach (var c in RFixtures.Load("progression", "slopes.json").EnumerateArray())
        {
            var record = TestRecords.FromDays(c.GetProperty("days").Ints(), c.GetProperty("totals").Ints());
            var s = ProgressionSlope.Fit(record, DateWindow.All);
            Close.Equal(c.GetProperty("slope").GetDouble(), s.Slope, RTol, "slope");
            Close.Equal(c.GetProperty("intercept").GetDouble(), s.Intercept, RTol, "intercept");
            Close.Equal(c.GetProperty("span").GetDouble(), s.SpanMonths, RTol, "span");
            AssertNullable(c.NullableDouble("se"), s.StandardError, "se");
            AssertNullable(c.NullableDouble("sigma"), s.ResidualSd, "sigma");
        }
    }

    [Fact]
    public void Fit_RFixtureWindow_MatchesLmOnTheWindow()
    {
        foreach (var c in RFixtures.Load("progression", "slopes.json").EnumerateArray())
        {
            var record = TestRecords.FromDays(c.GetProperty("days").Ints(), c.GetProperty("totals").Ints());
            var w = c.GetProperty("window").Ints();
            var s = ProgressionSlope.Fit(record, new DateWindow(TestRecords.FixtureOnset.AddDays(w[0]), TestRecords.FixtureOnset.AddDays(w[1])));
            Assert.Equal(c.GetProperty("window_n").GetInt32(), s.PointCount);
            AssertNullable(c.NullableDouble("window_slope"), s.Slope, "window slope");
            AssertNullable(c.NullableDouble("window_se"), s.StandardError, "window se");
        }
    }

    [Fact]
    public void FitOnsetAnchored_RFixture_MatchesLmWithAnchor()
    {
        foreach (var c in RFixtures.Load("progression", "slopes.json").EnumerateArray())
        {
            PatientRecord record = TestRecords.FromDays(c.GetProperty("days").Ints(), c.GetProperty("totals").Ints());
            var s = ProgressionSlope.FitOnsetAnchored(record, DateWindow.All);
            Close.Equal(c.GetProperty("anchored_slope").GetDouble(), s.Slope, RTol, "anchored slope");
            Close.Equal(c.GetProperty("anchored_se").GetDouble(), s.StandardError, RTol, "anchored se");
            Close.Equal(c.GetProperty("anchored_intercept").GetDouble(), s.Intercept, RTol, "anchored intercept");
        }
    }

    private static void AssertNullable(double? expected, double? actual, string what)
    {
        if (expected is { } e)
        {
            Close.Equal(e, actual, RTol, what);
        }
        else
        {
            Assert.Null(actual);
        }
    }
}
