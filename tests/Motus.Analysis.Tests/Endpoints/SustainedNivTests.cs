using Motus.Analysis.Endpoints;
using Motus.Analysis.Tests.Cohort;

namespace Motus.Analysis.Tests.Endpoints;

/// <summary>The sustained-NIV (PAV) component: thresholds, consecutive days, chaining, gaps and contradictions.</summary>
public sealed class SustainedNivTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);
    private static readonly CompositeEndpointDefinition Pav = CompositeEndpointDefinition.DeathTracheostomyPav; // ≥ 22 h/day, ≥ 10 days

    [Fact]
    public void Derive_TenDaysAtTwentyTwoHours_EventAtFirstDayOfRun()
    {
        // Arrange: 2025-03-01..2025-03-10 at exactly 22 h/day (10 days, threshold inclusive).
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 10), 22).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert: 2025-01-01 → 2025-03-01 = 59 days.
        Assert.Equal(EndpointStatus.Event, o.Status);
        Assert.Equal(EndpointComponents.SustainedNiv, o.EventComponents);
        Assert.Equal(new DateOnly(2025, 3, 1), o.EventDate);
        Assert.Equal(59, o.Days);
    }

    [Fact]
    public void Derive_DayCriterionMetRule_EventAtTenthDay()
    {
        // Arrange
        var d = Pav with { NivEventDate = NivEventDateRule.DayCriterionMet };
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 20), 23).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, d, TimeOrigin.Enrolment);

        // Assert: the 10th consecutive day is 2025-03-10 (68 days).
        Assert.Equal(new DateOnly(2025, 3, 10), o.EventDate);
        Assert.Equal(68, o.Days);
    }

    [Fact]
    public void Derive_NineDaysOnly_NoEventAndNoteGivesLongestRun()
    {
        // Arrange: 2025-03-01..2025-03-09 = 9 days at 24 h/day.
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 9), 24).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert: censored at the interval end (the last dated record), 2025-03-09 = 67 days.
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(67, o.Days);
        Assert.Contains(o.Notes, n => n.Contains("longest run of consecutive qualifying days is 9 (needed 10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_AdjacentIntervals_ChainIntoOneRun()
    {
        // Arrange: 03-01..03-05 and 03-06..03-10 touch: 10 consecutive days.
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 5), 22.5).Niv(new(2025, 3, 6), new(2025, 3, 10), 23).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(new DateOnly(2025, 3, 1), o.EventDate);
    }

    [Fact]
    public void Derive_OverlappingIntervals_ChainIntoOneRun()
    {
        // Arrange: 03-01..03-06 and 03-04..03-10 overlap: 03-01..03-10 covered.
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 4), new(2025, 3, 10), 22).Niv(new(2025, 3, 1), new(2025, 3, 6), 22).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(new DateOnly(2025, 3, 1), o.EventDate);
    }

    [Fact]
    public void Derive_IntervalsThatDoNotChain_GapBreaksTheRun()
    {
        // Arrange: 03-01..03-05 (5 days), gap on 03-06, 03-07..03-12 (6 days); then 04-01..04-10 (10 days).
        var r = TestPatient.Create("P1", "A", Enrolled)
            .Niv(new(2025, 3, 1), new(2025, 3, 5), 23).Niv(new(2025, 3, 7), new(2025, 3, 12), 23).Build();
        var later = TestPatient.Create("P2", "A", Enrolled)
            .Niv(new(2025, 3, 1), new(2025, 3, 5), 23).Niv(new(2025, 3, 7), new(2025, 3, 12), 23).Niv(new(2025, 4, 1), new(2025, 4, 10), 23).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);
        var o2 = CompositeEndpoint.Derive(later, Pav, TimeOrigin.Enrolment);

        // Assert: no event (longest 6), censored at 03-12 = 70 days; the second patient's event is on 04-01 (90 days).
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(70, o.Days);
        Assert.Contains(o.Notes, n => n.Contains("is 6 (needed 10)", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 4, 1), o2.EventDate);
        Assert.Equal(90, o2.Days);
    }

    [Fact]
    public void Derive_BelowThresholdInterval_BreaksTheRun()
    {
        // Arrange: 03-01..03-05 at 23 h, 03-06..03-06 at 12 h, 03-07..03-11 at 23 h: 5 + 5 qualifying days, not 11.
        var r = TestPatient.Create("P1", "A", Enrolled)
            .Niv(new(2025, 3, 1), new(2025, 3, 5), 23).Niv(new(2025, 3, 6), new(2025, 3, 6), 12).Niv(new(2025, 3, 7), new(2025, 3, 11), 23).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Contains(o.Notes, n => n.Contains("is 5 (needed 10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_ContradictoryOverlap_DaysNotQualifyingAndNoted()
    {
        // Arrange: 03-01..03-12 at 23 h, but 03-05..03-06 also recorded at 10 h: runs of 4 and 6.
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 12), 23).Niv(new(2025, 3, 5), new(2025, 3, 6), 10).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Contains(o.Notes, n => n.Contains("2 day(s) between 2025-03-05 and 2025-03-06", StringComparison.Ordinal));
        Assert.Contains(o.Notes, n => n.Contains("is 6 (needed 10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_BelowTwentyTwoHours_NotQualifying()
    {
        // Arrange: 30 days at 21.9 h/day.
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 30), 21.9).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Censored, o.Status);
    }

    [Fact]
    public void Derive_EncalsStrictThreshold_TwentyThreeHoursDoesNotQualify()
    {
        // Arrange: ENCALS needs > 23 h/day; 23 h for 30 days does not, 23.5 h for one day does.
        var at23 = TestPatient.Create("P1", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 30), 23).Build();
        var above = TestPatient.Create("P2", "A", Enrolled).Niv(new(2025, 3, 1), new(2025, 3, 1), 23.5).Build();

        // Act
        var o23 = CompositeEndpoint.Derive(at23, CompositeEndpointDefinition.Encals, TimeOrigin.Enrolment);
        var oAbove = CompositeEndpoint.Derive(above, CompositeEndpointDefinition.Encals, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Censored, o23.Status);
        Assert.Equal(EndpointStatus.Event, oAbove.Status);
        Assert.Equal(59, oAbove.Days);
    }

    [Fact]
    public void Derive_DeletedNivInterval_Ignored()
    {
        // Arrange: the qualifying interval is deleted.
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 2, 1), 40).Niv(new(2025, 3, 1), new(2025, 3, 30), 24).DeleteLast().Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert: censored at the visit (31 days).
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(31, o.Days);
    }

    [Fact]
    public void Derive_PavRunStartedBeforeEnrolment_EventBeforeOrigin()
    {
        // Arrange: 2024-12-20..2025-01-20 at 24 h: the run starts before enrolment (2025-01-01).
        var r = TestPatient.Create("P1", "A", Enrolled).Niv(new(2024, 12, 20), new(2025, 1, 20), 24).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Pav, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.EventBeforeOrigin, o.Status);
    }
}
