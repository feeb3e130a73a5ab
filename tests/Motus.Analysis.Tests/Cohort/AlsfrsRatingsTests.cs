using Motus.Analysis.Cohort;
using Motus.Domain.Assessments;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>Which ALSFRS-R ratings an analysis uses, and the baseline rating.</summary>
public sealed class AlsfrsRatingsTests
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Fact]
    public void Of_MixedRecords_CurrentAlsfrsROnlySortedByDate()
    {
        // Arrange: an original-ALSFRS rating and a deleted rating are left out.
        var r = TestPatient.Create("P1", "A", Origin)
            .Alsfrs(new(2025, 3, 1), 35).Alsfrs(new(2025, 2, 1), 30, AlsfrsScale.Alsfrs).Alsfrs(new(2025, 1, 2), 40)
            .Alsfrs(new(2025, 2, 15), 20).DeleteLast().Build();

        // Act
        var ratings = AlsfrsRatings.Of(r);

        // Assert
        Assert.Equal([(new DateOnly(2025, 1, 2), 40), (new DateOnly(2025, 3, 1), 35)], ratings);
    }

    [Fact]
    public void Baseline_TwoEquallyClose_TheEarlier()
    {
        // Arrange: 2024-12-29 (−3) and 2025-01-04 (+3).
        var r = TestPatient.Create("P1", "A", Origin).Alsfrs(new(2025, 1, 4), 41).Alsfrs(new(2024, 12, 29), 42).Build();

        // Act
        var b = AlsfrsRatings.Baseline(r, Origin, BaselineWindow.Default);

        // Assert
        Assert.Equal((new DateOnly(2024, 12, 29), 42), b);
    }

    [Fact]
    public void Baseline_OutsideWindow_Null()
    {
        // Arrange: 31 days before and 8 days after the origin.
        var r = TestPatient.Create("P1", "A", Origin).Alsfrs(new(2024, 12, 1), 41).Alsfrs(new(2025, 1, 9), 42).Build();

        // Act / Assert
        Assert.Null(AlsfrsRatings.Baseline(r, Origin, BaselineWindow.Default));
    }
}
