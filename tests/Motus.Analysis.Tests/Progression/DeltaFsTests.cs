using Motus.Analysis.Progression;
using Motus.Analysis.Tests.Common;
using Motus.Domain.Assessments;
using Motus.Testing;

namespace Motus.Analysis.Tests.Progression;

public sealed class DeltaFsTests
{
    private static readonly DateOnly Onset = new(2024, 1, 1);

    [Fact]
    public void Compute_Decline_IsLostPointsPerMonth()
    {
        // 2024-01-01 → 2024-07-01 = 182 days = 182 / 30.4375 = 5.979466 months; (48 − 42) / 5.979466 = 6·30.4375/182 = 1.0034341
        var r = DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 42);

        Assert.Equal(6 * 30.4375 / 182, r.Value!.Value, 12);
        Assert.Equal(182 / 30.4375, r.MonthsSinceOnset!.Value, 12);
        Assert.Equal(48, r.ScaleMaximum);
        Assert.Empty(r.Warnings);
        Assert.Contains("30.4375", r.Method);
    }

    [Fact]
    public void Compute_FullScore_IsZero()
    {
        var r = DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 48);

        Assert.Equal(0.0, r.Value);
    }

    [Fact]
    public void Compute_RatingOnOnsetDate_NotEstimable()
    {
        var r = DeltaFs.Compute(Onset, Onset, 40);

        Assert.False(r.Estimable);
        Assert.Contains("not after symptom onset", r.NotEstimableReason);
    }

    [Fact]
    public void Compute_RatingBeforeOnset_NotEstimable()
    {
        var r = DeltaFs.Compute(Onset, Onset.AddDays(-10), 40);

        Assert.Null(r.Value);
        Assert.NotNull(r.NotEstimableReason);
    }

    [Fact]
    public void Compute_OriginalScaleByDefault_Refused()
    {
        var r = DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 34, AlsfrsScale.Alsfrs);

        Assert.False(r.Estimable);
        Assert.Contains("original 40-point ALSFRS", r.NotEstimableReason);
    }

    [Fact]
    public void Compute_OriginalScaleOwnMaximum_UsesFortyAndWarns()
    {
        // (40 − 34) / (182 / 30.4375) = 6·30.4375/182 = 1.0034341, in 40-point units
        var r = DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 34, AlsfrsScale.Alsfrs, OriginalAlsfrsHandling.OwnMaximum);

        Assert.Equal(6 * 30.4375 / 182, r.Value!.Value, 12);
        Assert.Equal(40, r.ScaleMaximum);
        Assert.Single(r.Warnings);
        Assert.Contains("not comparable", r.Method);
    }

    [Fact]
    public void Compute_TotalOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 49));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), 41, AlsfrsScale.Alsfrs));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeltaFs.Compute(Onset, new DateOnly(2024, 7, 1), -1));
    }

    [Fact]
    public void AtRating_NoOnsetDate_NotEstimable()
    {
        var patient = TestRecords.Patient(onset: null);

        var r = DeltaFs.AtRating(patient, Builders.ValidAlsfrsDetails());

        Assert.False(r.Estimable);
        Assert.Contains("no symptom onset date", r.NotEstimableReason);
    }

    [Fact]
    public void AtRating_IncompleteItemsWithoutTotal_NotEstimable()
    {
        var patient = TestRecords.Patient(Onset);
        var partial = new AlsfrsDetails { Date = new DateOnly(2024, 7, 1), Q1Speech = 4 };

        var r = DeltaFs.AtRating(patient, partial);

        Assert.Null(r.Total);
        Assert.Contains("has no total", r.NotEstimableReason);
    }

    [Fact]
    public void AtRating_BuilderRating_UsesItemTotal()
    {
        // Builders' rating totals 36 on 2025-09-10; builder onset 2024-03-01 → 558 days; (48 − 36)/(558/30.4375) = 12·30.4375/558 = 0.6545699
        var patient = Builders.ValidPatient();

        var r = DeltaFs.AtRating(patient, Builders.ValidAlsfrsDetails());

        Assert.Equal(36, r.Total);
        Assert.Equal(12 * 30.4375 / 558, r.Value!.Value, 12);
    }

    [Fact]
    public void AtEveryRating_DeletedRating_Ignored()
    {
        var record = TestRecords.WithTotals(Onset, (new DateOnly(2024, 4, 1), 45), (new DateOnly(2024, 7, 1), 42), (new DateOnly(2024, 10, 1), 40))
            .DeleteRating(1);

        var all = DeltaFs.AtEveryRating(record);

        Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2024, 10, 1)], all.Select(r => r.Date));
        // 2024-01-01 → 2024-10-01 = 274 days; 8 / (274/30.4375) = 0.8886861
        Assert.Equal(8 * 30.4375 / 274, all[1].Value!.Value, 12);
    }
}
