using Motus.Analysis.Cohort;
using Motus.Domain.Patients;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>The built-in baseline covariates, hand-computed.</summary>
public sealed class CohortCovariateTests
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Fact]
    public void AgeAtOrigin_YearOfBirth1962_MidYearAge()
    {
        // 1962-07-01 → 2025-01-01 = 22830 days; / 365.25 = 62.50513347022587 years.
        var r = TestPatient.Create("P1", "A", Origin, yearOfBirth: 1962).Build();

        Assert.Equal(62.50513347022587, CohortCovariate.AgeAtOrigin.ValueFor(r, Origin)!.Value, 12);
    }

    [Theory]
    [InlineData(Sex.Male, 1.0)]
    [InlineData(Sex.Female, 0.0)]
    [InlineData(Sex.Unknown, null)]
    public void Male_BySex_CodedOrMissing(Sex sex, double? expected)
    {
        var r = TestPatient.Create("P1", "A", Origin, sex: sex).Build();

        Assert.Equal(expected, CohortCovariate.Male.ValueFor(r, Origin));
    }

    [Theory]
    [InlineData(OnsetRegion.Bulbar, 1.0)]
    [InlineData(OnsetRegion.LimbAndBulbar, 1.0)]
    [InlineData(OnsetRegion.UpperLimb, 0.0)]
    [InlineData(OnsetRegion.Respiratory, 0.0)]
    [InlineData(OnsetRegion.Unknown, null)]
    public void BulbarOnset_ByRegion_CodedOrMissing(OnsetRegion region, double? expected)
    {
        var r = TestPatient.Create("P1", "A", Origin, region: region).Build();

        Assert.Equal(expected, CohortCovariate.BulbarOnset.ValueFor(r, Origin));
    }

    [Fact]
    public void DeltaFs_BaselineInWindow_HandComputed()
    {
        // Onset 2024-03-01; ratings 2024-12-01 (31 days before origin, outside the default −30/+7 window) and
        // 2025-01-03 (total 36, +2 days: the baseline). 2024-03-01 → 2025-01-03 = 308 days = 10.119096509240247 months;
        // ΔFS = (48 − 36) / 10.119096509240247 = 1.1858766233766234 points/month.
        var r = TestPatient.Create("P1", "A", Origin, onset: new(2024, 3, 1), diagnosis: new(2024, 10, 1))
            .Alsfrs(new(2024, 12, 1), 44).Alsfrs(new(2025, 1, 3), 36).Build();

        Assert.Equal(1.1858766233766234, CohortCovariate.DeltaFs().ValueFor(r, Origin)!.Value, 12);
    }

    [Fact]
    public void DeltaFs_NoRatingInWindow_Missing()
    {
        var r = TestPatient.Create("P1", "A", Origin, onset: new(2024, 3, 1)).Alsfrs(new(2025, 2, 1), 36).Build();

        Assert.Null(CohortCovariate.DeltaFs().ValueFor(r, Origin));
        Assert.NotNull(CohortCovariate.DeltaFs(new BaselineWindow(0, 31)).ValueFor(r, Origin));
    }

    [Fact]
    public void DiagnosticDelayMonths_OnsetAndDiagnosis_DaysOverMonth()
    {
        // 2024-03-01 → 2024-09-01 = 184 days; / 30.4375 = 6.045174537987679.
        var r = TestPatient.Create("P1", "A", Origin, onset: new(2024, 3, 1), diagnosis: new(2024, 9, 1)).Build();

        Assert.Equal(184 / 30.4375, CohortCovariate.DiagnosticDelayMonths.ValueFor(r, Origin)!.Value, 12);
    }

    [Fact]
    public void Custom_NonFiniteValue_Missing()
    {
        var c = CohortCovariate.Custom("x", "always NaN", (_, _) => double.NaN);
        var r = TestPatient.Create("P1", "A", Origin).Build();

        Assert.Null(c.ValueFor(r, Origin));
    }
}
