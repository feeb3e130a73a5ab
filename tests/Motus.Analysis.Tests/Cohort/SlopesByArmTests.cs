using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Domain.Assessments;
using Motus.Domain.Records;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>The mixed-model slope comparison on hand-made cohorts: data selection and every refusal.</summary>
public sealed class SlopesByArmTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);
    private static readonly int[] Days = [0, 30, 61, 91];

    private static TestPatient Rated(string code, string arm, params int[] totals)
    {
        var p = TestPatient.Create(code, arm, Enrolled);
        for (var i = 0; i < totals.Length; i++)
        {
            p.Alsfrs(Enrolled.AddDays(Days[i]), totals[i]);
        }

        return p;
    }

    /// <summary>Control patients improve slightly; treated patients decline.</summary>
    private static List<PatientRecord> Cohort() =>
    [
        Rated("C1", "CTRL", 40, 40, 41, 41).Build(),
        Rated("C2", "CTRL", 38, 39, 39, 40).Build(),
        Rated("C3", "CTRL", 42, 42, 43, 44).Build(),
        Rated("T1", "CELLS", 40, 39, 37, 36).Build(),
        Rated("T2", "CELLS", 35, 33, 32, 30).Build(),
        Rated("T3", "CELLS", 44, 43, 41, 40).Build(),
    ];

    [Fact]
    public void Fit_ControlNotDeclining_NoPercentSlowingAndANote()
    {
        // Act
        var r = SlopesByArm.Fit(Cohort(), TimeOrigin.Enrolment, "CTRL");

        // Assert
        Assert.Empty(r.Errors);
        Assert.Equal(["CTRL", "CELLS"], r.Arms.Select(a => a.ArmCode));
        Assert.True(r.Arms[0].Slope > 0);
        Assert.True(r.Arms[1].Slope < 0);
        var d = Assert.Single(r.Differences);
        Assert.Equal(r.Arms[1].Slope - r.Arms[0].Slope, d.Difference, 10);
        Assert.Null(d.PercentSlowing);
        Assert.Contains("not negative", d.PercentSlowingNote, StringComparison.Ordinal);
        Assert.Contains(r.Warnings, w => w.StartsWith("Arm CELLS:", StringComparison.Ordinal));
        Assert.Equal((6, 24), (r.Patients, r.Ratings));
        Assert.Equal((3, 12), (r.Arms[0].Patients, r.Arms[0].Ratings));
    }

    [Fact]
    public void Fit_SlopeIntervals_AreTIntervalsWithSatterthwaiteDf()
    {
        // Act
        var r = SlopesByArm.Fit(Cohort(), TimeOrigin.Enrolment, "CTRL");

        // Assert: limits = slope ± t(0.975, df)·SE, checked through their half-width ratio to the SE.
        foreach (var a in r.Arms)
        {
            var half = (a.Upper - a.Lower) / 2;
            Assert.Equal(a.Slope, (a.Upper + a.Lower) / 2, 10);
            Assert.Equal(Motus.Statistics.Distributions.Dist.TQuantile(0.975, a.Df), half / a.StdErr, 8);
        }
    }

    [Fact]
    public void Fit_RatingWindowOptions_SelectRatings()
    {
        // Arrange: C1 also has a screening rating 10 days before enrolment.
        var cohort = Cohort();
        cohort[0] = Rated("C1", "CTRL", 40, 40, 41, 41).Alsfrs(Enrolled.AddDays(-10), 40).Build();

        // Act
        var fromOrigin = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "CTRL");
        var withScreening = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "CTRL", SlopeComparisonOptions.Default with { DaysBeforeOriginIncluded = 10 });
        var twoMonths = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "CTRL", SlopeComparisonOptions.Default with { HorizonMonths = 2.5 });

        // Assert: 24 ratings from the origin on; 25 with the screening rating; day 91 (2.99 months) is past 2.5 months: 18.
        Assert.Equal(24, fromOrigin.Ratings);
        Assert.Equal(25, withScreening.Ratings);
        Assert.Equal(18, twoMonths.Ratings);
        Assert.Contains("up to 2.5 months", twoMonths.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_PatientsWithoutUsableRatings_ExcludedWithReasons()
    {
        // Arrange: X1 has only an original-ALSFRS rating; X2 has no rating; X3 has no enrolment date.
        var cohort = Cohort();
        cohort.Add(TestPatient.Create("X1", "CTRL", Enrolled).Alsfrs(Enrolled.AddDays(30), 30, AlsfrsScale.Alsfrs).Build());
        cohort.Add(TestPatient.Create("X2", "CELLS", Enrolled).Build());
        cohort.Add(TestPatient.Create("X3", "CELLS", enrolment: null).Alsfrs(Enrolled, 30).Build());

        // Act
        var r = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "CTRL");

        // Assert
        Assert.Equal(6, r.Patients);
        Assert.Equal(
            [("X1", "no ALSFRS-R rating with a total in the analysis window"), ("X2", "no ALSFRS-R rating with a total in the analysis window"), ("X3", "no Enrolment date")],
            r.Excluded.Select(e => (e.PatientCode, e.Reason)));
    }

    [Fact]
    public void Fit_ControlArmAbsent_Error()
    {
        var r = SlopesByArm.Fit(Cohort(), TimeOrigin.Enrolment, "PLACEBO");

        Assert.Empty(r.Arms);
        Assert.Contains(r.Errors, e => e.Contains("control arm PLACEBO has no patient with ratings", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_OnlyControlArm_Error()
    {
        var r = SlopesByArm.Fit(Cohort().Take(3), TimeOrigin.Enrolment, "CTRL");

        Assert.Contains(r.Errors, e => e.Contains("no arm to compare", StringComparison.Ordinal));
        Assert.Equal(12, r.Ratings);
    }

    [Fact]
    public void Fit_TooFewRatingsForTheModel_ErrorNotException()
    {
        // Arrange: one rating per patient: n = 6 ≤ 6 groups × 2 random effects.
        List<PatientRecord> cohort =
        [
            Rated("C1", "CTRL", 40).Build(), Rated("C2", "CTRL", 38).Build(), Rated("C3", "CTRL", 41).Build(),
            Rated("T1", "CELLS", 40).Build(), Rated("T2", "CELLS", 35).Build(), Rated("T3", "CELLS", 44).Build(),
        ];

        // Act
        var r = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "CTRL");

        // Assert
        Assert.Empty(r.Arms);
        Assert.Contains(r.Errors, e => e.StartsWith("Mixed model not fitted:", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SlopesByArm.Fit(Cohort(), TimeOrigin.Enrolment, "CTRL", SlopeComparisonOptions.Default with { ConfidenceLevel = 1.0 }));
    }
}
