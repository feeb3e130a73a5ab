using Motus.Analysis.Staging;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Records;
using Motus.Testing;
using static Motus.Analysis.Tests.Staging.StagingRatings;

namespace Motus.Analysis.Tests.Staging;

public sealed class StagingTimelineTests
{
    private static PatientRecord Record(params AlsfrsDetails[] ratings)
    {
        var patient = TestRecords.Patient(new DateOnly(2024, 1, 1));
        return new PatientRecord { Patient = patient, Alsfrs = ratings.Select(r => Builders.ValidAlsfrsAssessment(patient.Id, r)).ToList() };
    }

    [Fact]
    public void Build_FullCourse_StagesAndTimeInEachStage()
    {
        // 2025-01-01 bulbar (K1, M0) → 59 d → 2025-03-01 + walking (K2, M0) → 61 d → 2025-05-01 + handwriting, walking 1 (K3, M1)
        // → 61 d → 2025-07-01 gastrostomy event on 2025-06-15 (K4A, M1) → 31 d → 2025-08-01 R3 = 3 (K4B, M1) → 31 d → death 2025-09-01 (5, 5)
        var k3 = Normal(new DateOnly(2025, 5, 1)) with { Q1Speech = 3, Q4Handwriting = 3, Q8Walking = 1 };
        var record = Record(
                Normal(new DateOnly(2025, 1, 1)) with { Q1Speech = 3 },
                Normal(new DateOnly(2025, 3, 1)) with { Q1Speech = 3, Q8Walking = 3 },
                k3,
                k3 with { Date = new DateOnly(2025, 7, 1) },
                k3 with { Date = new DateOnly(2025, 8, 1), R3RespiratoryInsufficiency = 3 })
            .WithEvent(ClinicalEventKind.Gastrostomy, new DateOnly(2025, 6, 15))
            .WithEvent(ClinicalEventKind.Death, new DateOnly(2025, 9, 1));

        var t = StagingTimeline.Build(record);

        Assert.Equal(["1", "2", "3", "4A", "4B", "5"], t.Points.Select(p => p.Kings.Label));
        Assert.Equal([0, 0, 1, 1, 1, 5], t.Points.Select(p => p.Mitos.Stage!.Value));
        Assert.True(t.Points[^1].IsDeath);
        Assert.Equal([("1", 59), ("2", 61), ("3", 61), ("4A", 31), ("4B", 31), ("5", 0)], t.KingsDurations.Select(d => (d.Stage, d.Days)));
        // MiToS 0: 59 + 61 = 120 days; 1: 61 + 31 + 31 = 123 days = 4.0410678 months
        Assert.Equal([("0", 120), ("1", 123), ("5", 0)], t.MitosDurations.Select(d => (d.Stage, d.Days)));
        Assert.Equal(123 / 30.4375, t.MitosDurations[1].Months, 12);
        Assert.Equal(new DateOnly(2025, 5, 1), t.MitosDurations[1].FirstObserved);
        Assert.Null(t.OpenSince);
        Assert.Empty(t.Warnings);
    }

    [Fact]
    public void Build_StageGoesDown_WarnsAndCountsBoth()
    {
        var record = Record(Normal(new DateOnly(2025, 1, 1)) with { Q1Speech = 3, Q8Walking = 3 }, Normal(new DateOnly(2025, 2, 1)) with { Q1Speech = 3 });

        var t = StagingTimeline.Build(record);

        Assert.Contains(t.Warnings, w => w.Contains("King's stage went down from 2"));
        Assert.Equal([("2", 31), ("1", 0)], t.KingsDurations.Select(d => (d.Stage, d.Days)));
        Assert.Equal(new DateOnly(2025, 2, 1), t.OpenSince);
    }

    [Fact]
    public void Build_UndeterminedRating_CountedAsNotDetermined()
    {
        var record = Record(Normal(new DateOnly(2025, 1, 1)) with { Q1Speech = 3 }, Normal(new DateOnly(2025, 2, 1)) with { Q8Walking = null }, Normal(new DateOnly(2025, 3, 1)) with { Q1Speech = 2 });

        var t = StagingTimeline.Build(record);

        Assert.Equal([("1", 31 + 0), (StageLabels.NotDetermined, 28)], t.KingsDurations.Select(d => (d.Stage, d.Days)));
        Assert.Contains(t.Warnings, w => w.Contains("not determined"));
    }

    [Fact]
    public void Build_DeletedRating_Ignored()
    {
        var record = Record(Normal(new DateOnly(2025, 1, 1)) with { Q1Speech = 3 }, Normal(new DateOnly(2025, 2, 1)) with { R1Dyspnea = 0 }, Normal(new DateOnly(2025, 3, 1)) with { Q1Speech = 2 })
            .DeleteRating(1);

        var t = StagingTimeline.Build(record);

        Assert.Equal(2, t.Points.Count);
        Assert.Equal([("1", 59)], t.KingsDurations.Select(d => (d.Stage, d.Days)));
    }

    [Fact]
    public void Build_NoRatings_EmptyTimeline()
    {
        var t = StagingTimeline.Build(Record());

        Assert.Empty(t.Points);
        Assert.Empty(t.KingsDurations);
        Assert.Null(t.OpenSince);
    }

    [Fact]
    public void Build_DeathOnly_SingleStage5Point()
    {
        var t = StagingTimeline.Build(Record().WithEvent(ClinicalEventKind.Death, new DateOnly(2025, 9, 1)));

        Assert.Single(t.Points);
        Assert.Equal(KingsStage.Stage5, t.Points[0].Kings.Stage);
        Assert.Equal(5, t.Points[0].Mitos.Stage);
    }

    [Fact]
    public void Build_RecodeOption_PassedToEveryRating()
    {
        var t = StagingTimeline.Build(Record(Normal(new DateOnly(2025, 1, 1)) with { Q9Stairs = 2 }), new StagingOptions { RecodeStageZeroToOne = true });

        Assert.Equal("1", t.Points[0].Kings.Label);
        Assert.True(t.Points[0].Kings.RecodedFromStageZero);
        Assert.Contains("recoded", t.Method);
    }
}
