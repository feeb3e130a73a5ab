using Motus.Analysis.Cafs;
using Motus.Analysis.Tests.Cohort;
using Motus.Domain.Records;

namespace Motus.Analysis.Tests.Cafs;

/// <summary>CAFS on domain records: the hand example of <see cref="CafsExample"/> rebuilt from dated ratings and deaths.</summary>
public sealed class CafsAnalysisTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);

    /// <summary>
    /// Baseline 40 on the enrolment day for everyone. P1 (T): 37 on day 30, died day 91. P2 (T): 38 on day 182, 36 on
    /// day 365. P3 (C): 34 on day 91, died day 182. P4 (C): 35 on day 182, 31 on day 365. P5 (C): 39 on day 30, no later
    /// contact. The same pairs as CafsExample (3, 6, 12 months ↔ days 91, 182, 365).
    /// </summary>
    private static List<PatientRecord> Cohort() =>
    [
        TestPatient.Create("P1", "T", Enrolled).Alsfrs(Enrolled, 40).Alsfrs(Enrolled.AddDays(30), 37).Death(Enrolled.AddDays(91)).Build(),
        TestPatient.Create("P2", "T", Enrolled).Alsfrs(Enrolled, 40).Alsfrs(Enrolled.AddDays(182), 38).Alsfrs(Enrolled.AddDays(365), 36).Build(),
        TestPatient.Create("P3", "C", Enrolled).Alsfrs(Enrolled, 40).Alsfrs(Enrolled.AddDays(91), 34).Death(Enrolled.AddDays(182)).Build(),
        TestPatient.Create("P4", "C", Enrolled).Alsfrs(Enrolled, 40).Alsfrs(Enrolled.AddDays(182), 35).Alsfrs(Enrolled.AddDays(365), 31).Build(),
        TestPatient.Create("P5", "C", Enrolled).Alsfrs(Enrolled, 40).Alsfrs(Enrolled.AddDays(30), 39).Build(),
    ];

    private static CafsOptions Options(int? horizon = null) => new() { TreatedArm = "T", ControlArm = "C", HorizonDays = horizon };

    [Fact]
    public void Analyse_HandExample_ScoresRanksAndTest()
    {
        // U = −4, 4, 0, 2, −2 (matrix in CafsScoringTests); ranks 1, 5, 3, 4, 2; mean ranks T (1+5)/2 = 3, C (3+4+2)/3 = 3.
        // T = U1 + U2 = 0, Var = 2·3/20·40 = 12, Z = 0; exact two-sided P(|T*| ≥ 0) = 1, one-sided P(T* ≥ 0) = 6/10.
        var r = CafsAnalysis.Analyse(Cohort(), Options());

        Assert.Empty(r.Errors);
        Assert.Empty(r.Excluded);
        Assert.Equal([-4, 4, 0, 2, -2], r.Patients.Select(p => p.Score));
        Assert.Equal([1.0, 5, 3, 4, 2], r.Patients.Select(p => p.Rank));
        Assert.Equal(3, r.MeanRankTreated);
        Assert.Equal(3, r.MeanRankControl);
        Assert.Equal(0, r.Test!.Statistic);
        Assert.Equal(12, r.Test.Variance, 12);
        Assert.Equal(0, r.Test.Z);
        Assert.Equal(1, r.Test.Permutation.TwoSided, 15);
        Assert.Equal(0.6, r.Test.Permutation.OneSided, 15);
        var p1 = r.Patients[0];
        Assert.True(p1.Died);
        Assert.Equal(91 / 30.4375, p1.Months, 12);
        Assert.Equal((40, -3.0), (p1.BaselineTotal, p1.LastChange));
        Assert.Equal(30 / 30.4375, p1.LastChangeMonths, 12);
    }

    [Fact]
    public void Analyse_HorizonBeforeADeath_AliveAtHorizonAndLaterRatingsIgnored()
    {
        // Horizon 180 days: P3's death on day 182 is after it, so P3 is alive at 180 days; P2 and P4 have no rating by then.
        var r = CafsAnalysis.Analyse(Cohort(), Options(horizon: 180));

        var p3 = r.Patients.Single(p => p.PatientCode == "P3");
        Assert.False(p3.Died);
        Assert.Equal(180 / 30.4375, p3.Months, 12);
        Assert.Equal(-6, p3.LastChange);
        var p2 = r.Patients.Single(p => p.PatientCode == "P2");
        Assert.Equal((0.0, 0.0), (p2.LastChange, p2.LastChangeMonths));
        Assert.Equal(180 / 30.4375, p2.Months, 12);
        Assert.Contains("assessed at 180 days", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_PatientsOutsideTheComparison_ExcludedWithReasons()
    {
        // Arrange: another arm, no baseline rating in the window, and no arm.
        var cohort = Cohort();
        cohort.Add(TestPatient.Create("X1", "OTHER", Enrolled).Alsfrs(Enrolled, 40).Build());
        cohort.Add(TestPatient.Create("X2", "C", Enrolled).Alsfrs(Enrolled.AddDays(40), 40).Build());
        cohort.Add(TestPatient.Create("X3", null, Enrolled).Alsfrs(Enrolled, 40).Build());

        // Act
        var r = CafsAnalysis.Analyse(cohort, Options());

        // Assert
        Assert.Equal(5, r.Patients.Count);
        Assert.Equal(
            [("X1", "arm OTHER is not one of the two compared arms"), ("X2", "no baseline ALSFRS-R rating from 30 days before to 7 days after the origin"), ("X3", "no arm allocated")],
            r.Excluded.Select(e => (e.PatientCode, e.Reason)));
    }

    [Fact]
    public void Analyse_OneArmOnly_ScoresButNoTest()
    {
        var r = CafsAnalysis.Analyse(Cohort().Take(2), Options());

        Assert.Equal(2, r.Patients.Count);
        Assert.Null(r.Test);
        Assert.Null(r.MeanRankControl);
        Assert.Contains(r.Errors, e => e.Contains("needs patients in both arms", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_SameArmTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => CafsAnalysis.Analyse(Cohort(), new CafsOptions { TreatedArm = "T", ControlArm = "t", HorizonDays = null }));
    }
}
