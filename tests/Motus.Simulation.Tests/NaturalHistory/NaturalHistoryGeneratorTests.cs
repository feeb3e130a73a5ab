using Motus.Simulation.Common;
using Motus.Simulation.NaturalHistory;

namespace Motus.Simulation.Tests.NaturalHistory;

public sealed class NaturalHistoryGeneratorTests
{
    [Fact]
    public void GenerateCohort_SameSeed_IdenticalPatients()
    {
        var a = new NaturalHistoryGenerator().GenerateCohort(300, 11);
        var b = new NaturalHistoryGenerator().GenerateCohort(300, 11);

        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].VisitDays.ToArray(), b[i].VisitDays.ToArray());
            Assert.Equal(a[i].Items.ToArray(), b[i].Items.ToArray());
            Assert.Equal(a[i].FvcPercent.ToArray(), b[i].FvcPercent.ToArray());
            Assert.Equal(a[i].TerminalEventDay, b[i].TerminalEventDay);
            Assert.Equal(a[i].AgeAtOnset, b[i].AgeAtOnset);
        }
    }

    [Fact]
    public void GenerateCohort_DifferentSeed_DifferentPatients()
    {
        var a = new NaturalHistoryGenerator().GenerateCohort(50, 11);
        var b = new NaturalHistoryGenerator().GenerateCohort(50, 12);

        Assert.NotEqual(a.Select(p => p.TerminalEventDay), b.Select(p => p.TerminalEventDay));
        Assert.NotEqual(a.SelectMany(p => p.Items.ToArray()), b.SelectMany(p => p.Items.ToArray()));
    }

    [Fact]
    public void Generate_PatientIndex_DoesNotDependOnCohortOrder()
    {
        var generator = new NaturalHistoryGenerator();
        var cohort = generator.GenerateCohort(20, 5);

        var alone = generator.Generate(RandomStream.ForReplicate(5, 17), 17);

        Assert.Equal(cohort[17].Items.ToArray(), alone.Items.ToArray());
        Assert.Equal(cohort[17].TerminalEventDay, alone.TerminalEventDay);
    }

    [Fact]
    public void GenerateCohort_Default_EveryPatientIsConsistent()
    {
        var cohort = new NaturalHistoryGenerator().GenerateCohort(2000, 3);

        foreach (var p in cohort)
        {
            Assert.True(p.OnsetDay < p.DiagnosisDay && p.DiagnosisDay <= 0, "onset < diagnosis ≤ enrolment");
            Assert.Equal(0, p.VisitDays[0]);
            Assert.True(p.TerminalEventDay > p.VisitDays[^1], "no visit on or after the terminal event");
            Assert.True(p.DropoutDay is null || p.DropoutDay > p.VisitDays[^1], "no visit after dropout");
            for (var v = 1; v < p.VisitCount; v++)
            {
                Assert.True(p.VisitDays[v] > p.VisitDays[v - 1]);
            }

            Assert.All(p.Items.ToArray(), s => Assert.InRange(s, (byte)0, (byte)4));
            Assert.All(p.FvcPercent.ToArray(), f => Assert.InRange(f, 5, 150));
            for (var v = 0; v < p.VisitCount; v++)
            {
                var r3 = p.ItemsAt(v)[11];
                Assert.True(p.NivDay is { } niv && niv <= p.VisitDays[v] ? r3 is >= 1 and <= 3 : r3 == 4, "R3 describes NIV use");
                if (p.HasGastrostomyAt(v))
                {
                    Assert.True(p.ItemsAt(v)[2] <= 1, "tube feeding after gastrostomy");
                }
            }
        }
    }

    [Fact]
    public void Generate_LeadInSchedule_GivesPreEnrolmentVisitsAfterOnset()
    {
        var generator = new NaturalHistoryGenerator(schedule: VisitSchedule.Regular(1, 6, leadInMonths: 3) with { MissedVisitProbability = 0 });

        var cohort = generator.GenerateCohort(500, 9);

        Assert.All(cohort, p => Assert.True(p.VisitDays[0] > p.OnsetDay));
        var withFullLeadIn = cohort.Count(p => p.VisitDays[0] < -80);
        Assert.True(withFullLeadIn > 400, $"{withFullLeadIn} of 500 patients have a month −3 visit");
    }

    [Fact]
    public void Generate_SlopeMultiplierZero_StopsDeclineAfterStart()
    {
        var generator = new NaturalHistoryGenerator();
        var stopped = new TreatmentEffect(StartDay: 0, SlopeMultiplier: 0);

        var treated = generator.GenerateCohort(300, 4, stopped);

        // Without decline only measurement noise moves the total: the mean change from enrolment to month 6 is ≈ 0.
        var changes = treated.Select(p => (p, v6: Array.FindIndex(p.VisitDays.ToArray(), d => Math.Abs(d - 183) <= 31)))
            .Where(x => x.v6 >= 0).Select(x => x.p.Total(x.v6) - x.p.Total(0)).ToList();
        Assert.InRange(changes.Average(), -0.5, 0.5);
    }

    [Fact]
    public void Generate_HazardRatioBelowOne_DelaysTerminalEvent_SameCovariates()
    {
        var generator = new NaturalHistoryGenerator();
        var control = generator.GenerateCohort(500, 8);
        var treated = generator.GenerateCohort(500, 8, new TreatmentEffect(HazardRatio: 0.5));

        Assert.Equal(control.Select(p => p.AgeAtOnset), treated.Select(p => p.AgeAtOnset));
        Assert.All(control.Zip(treated), x => Assert.True(x.Second.TerminalEventDay >= x.First.TerminalEventDay));
        Assert.True(treated.Average(p => p.TerminalEventDay) > 1.3 * control.Average(p => p.TerminalEventDay));
    }

    [Fact]
    public void Constructor_InvalidParameter_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NaturalHistoryGenerator(NaturalHistoryParameters.Default with { MaleProportion = 1.5 }));
        Assert.Throws<ArgumentException>(() => new NaturalHistoryGenerator(schedule: new VisitSchedule { PlannedMonths = [1, 2] }));
    }

    [Fact]
    public void ObservedEncalsLinearPredictor_MatchesTheAnalysisModel()
    {
        var p = new NaturalHistoryGenerator().GenerateCohort(1, 21)[0];
        var v = p.EnrolmentVisit;
        var months = -p.OnsetDay / SimulatedPatient.DaysPerMonth;
        var expected = Motus.Analysis.Prognosis.EncalsModel.LinearPredictor(new Motus.Analysis.Prognosis.EncalsPredictors(
            (48 - p.Total(v)) / months, p.DiagnosticDelayMonths, p.AgeAtOnset, p.FvcPercent[v], p.OnsetRegion == Motus.Domain.Patients.OnsetRegion.Bulbar,
            p.DiagnosticCategory == Motus.Domain.Patients.DiagnosticCategory.ElEscorialDefinite, p.Ftd, p.C9orf72)).Value;

        Assert.Equal(expected, p.ObservedEncalsLinearPredictor(v), 12);
    }

    [Theory]
    [InlineData(0.75)]
    [InlineData(0.5)]
    public void Generate_SlopeMultiplier_ScalesTheMean12MonthChange(double multiplier)
    {
        var generator = new NaturalHistoryGenerator();

        var control = MeanChange(generator.GenerateCohort(5000, 8));
        var treated = MeanChange(generator.GenerateCohort(5000, 8, new TreatmentEffect(0, multiplier)));

        // Same patients up to enrolment; completers differ a little (death and dropout depend on the course): ±0.05.
        Assert.InRange(treated / control, multiplier - 0.05, multiplier + 0.05);
    }

    private static double MeanChange(SimulatedPatient[] cohort)
    {
        var changes = new List<int>();
        foreach (var p in cohort)
        {
            var v12 = Array.FindIndex(p.VisitDays.ToArray(), d => Math.Abs(d - 365) <= 31);
            if (v12 >= 0)
            {
                changes.Add(p.Total(v12) - p.Total(p.EnrolmentVisit));
            }
        }

        return changes.Average();
    }
}
