using Motus.Analysis.Endpoints;
using Motus.Analysis.Tests.Cohort;
using Motus.Domain.Events;

namespace Motus.Analysis.Tests.Endpoints;

/// <summary>Time to a composite endpoint from domain records: events, censoring at last contact, and refusals.</summary>
public sealed class CompositeEndpointTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);
    private static readonly CompositeEndpointDefinition Default = CompositeEndpointDefinition.DeathTracheostomyPav;

    [Fact]
    public void Derive_DeathAfterVisits_EventAtDeathDate()
    {
        // Arrange: enrolled 2025-01-01, visit 2025-04-01, death 2025-06-15.
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 4, 1), 40).Death(new(2025, 6, 15)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert: 2025-01-01 → 2025-06-15 = 31+28+31+30+31+14 = 165 days; 165 / 30.4375 = 5.420944558521561 months.
        Assert.Equal(EndpointStatus.Event, o.Status);
        Assert.Equal(new DateOnly(2025, 6, 15), o.EventDate);
        Assert.Equal(EndpointComponents.Death, o.EventComponents);
        Assert.Equal(165, o.Days);
        Assert.Equal(165 / 30.4375, o.Months!.Value, 12);
        Assert.Equal(1, o.EventIndicator);
        Assert.True(o.IsAnalysable);
        Assert.Equal("P1", o.PatientCode);
        Assert.Equal("A", o.ArmCode);
    }

    [Fact]
    public void Derive_NoEvent_CensoredAtLastDatedRecordOfAnyKind()
    {
        // Arrange: last visit 2025-04-01, but an adverse event resolved on 2025-05-03 is the last dated record.
        var ae = Motus.Testing.Builders.ValidAdverseEventDetails() with { OnsetDate = new(2025, 4, 28), ResolutionDate = new(2025, 5, 3) };
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 4, 1), 40).Ae(ae).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert: 2025-01-01 → 2025-05-03 = 31+28+31+30+2 = 122 days.
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Null(o.EventDate);
        Assert.Equal(new DateOnly(2025, 5, 3), o.LastContactDate);
        Assert.Equal(122, o.Days);
        Assert.Equal(0, o.EventIndicator);
    }

    [Fact]
    public void Derive_EventOnTheLastVisit_EventNotCensoring()
    {
        // Arrange: tracheostomy on the day of the last visit (2025-07-01).
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 7, 1), 30).Event(ClinicalEventKind.Tracheostomy, new(2025, 7, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert: event at 181 days (31+28+31+30+31+30), which is also the last contact.
        Assert.Equal(EndpointStatus.Event, o.Status);
        Assert.Equal(EndpointComponents.Tracheostomy, o.EventComponents);
        Assert.Equal(181, o.Days);
        Assert.Equal(o.EventDate, o.LastContactDate);
    }

    [Fact]
    public void Derive_DeathWithoutPriorVisits_EventFromEnrolment()
    {
        // Arrange: enrolled, no visit, died 2025-02-01.
        var r = TestPatient.Create("P1", "A", Enrolled).Death(new(2025, 2, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Event, o.Status);
        Assert.Equal(31, o.Days);
    }

    [Fact]
    public void Derive_EventBeforeOrigin_RefusedWithNote()
    {
        // Arrange: tracheostomy 2024-12-01, a month before enrolment.
        var r = TestPatient.Create("P1", "A", Enrolled).Event(ClinicalEventKind.Tracheostomy, new(2024, 12, 1)).Alsfrs(new(2025, 3, 1), 30).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.EventBeforeOrigin, o.Status);
        Assert.False(o.IsAnalysable);
        Assert.Null(o.Days);
        Assert.Null(o.Months);
        Assert.Equal(new DateOnly(2024, 12, 1), o.EventDate);
        Assert.Contains(o.Notes, n => n.Contains("precedes the origin", StringComparison.Ordinal) && n.Contains("2024-12-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_NoOnsetDate_NoOrigin()
    {
        // Arrange
        var r = TestPatient.Create("P1", "A", Enrolled, onset: null).Death(new(2025, 2, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Onset);

        // Assert
        Assert.Equal(EndpointStatus.NoOrigin, o.Status);
        Assert.Null(o.OriginDate);
        Assert.Null(o.Days);
        Assert.Contains(o.Notes, n => n.Contains("No onset date", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_FirstAdministrationOriginWithoutAdministration_NoOrigin()
    {
        // Arrange
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 3, 1), 30).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.FirstAdministration);

        // Assert
        Assert.Equal(EndpointStatus.NoOrigin, o.Status);
        Assert.Contains(o.Notes, n => n.Contains("No current administration", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_FirstAdministrationOrigin_UsesEarliestCurrentDose()
    {
        // Arrange: doses on 2025-01-20 (deleted) and 2025-02-01 and 2025-03-01; death 2025-04-01.
        var r = TestPatient.Create("P1", "A", Enrolled).Dose(new(2025, 1, 20), 1).DeleteLast().Dose(new(2025, 2, 1), 1).Dose(new(2025, 3, 1), 2)
            .Death(new(2025, 4, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.FirstAdministration);

        // Assert: 2025-02-01 → 2025-04-01 = 28 + 31 = 59 days.
        Assert.Equal(new DateOnly(2025, 2, 1), o.OriginDate);
        Assert.Equal(59, o.Days);
    }

    [Fact]
    public void Derive_OnsetOrigin_CountsFromOnset()
    {
        // Arrange: onset 2024-03-01, death 2025-03-01.
        var r = TestPatient.Create("P1", "A", Enrolled, onset: new(2024, 3, 1), diagnosis: new(2024, 9, 1)).Death(new(2025, 3, 1)).Build();

        // Act
        var onset = CompositeEndpoint.Derive(r, Default, TimeOrigin.Onset);
        var diagnosis = CompositeEndpoint.Derive(r, Default, TimeOrigin.Diagnosis);

        // Assert: 2024-03-01 → 2025-03-01 = 365 days (no 29 February in between); 2024-09-01 → 2025-03-01 = 181 days.
        Assert.Equal(365, onset.Days);
        Assert.Equal(181, diagnosis.Days);
    }

    [Fact]
    public void Derive_DeletedDeath_IgnoredAndNotALastContact()
    {
        // Arrange: a death entered in error on 2025-08-01 and deleted; last current record 2025-04-01.
        var r = TestPatient.Create("P1", "A", Enrolled).Alsfrs(new(2025, 4, 1), 40).Death(new(2025, 8, 1)).DeleteLast().Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert: censored at 2025-04-01 = 90 days.
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(new DateOnly(2025, 4, 1), o.LastContactDate);
        Assert.Equal(90, o.Days);
    }

    [Fact]
    public void Derive_DeathAndTracheostomySameDay_BothComponents()
    {
        // Arrange
        var r = TestPatient.Create("P1", "A", Enrolled).Event(ClinicalEventKind.Tracheostomy, new(2025, 3, 1)).Death(new(2025, 3, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointComponents.Death | EndpointComponents.Tracheostomy, o.EventComponents);
        Assert.Equal(59, o.Days);
    }

    [Fact]
    public void Derive_TracheostomyNotInDefinition_Ignored()
    {
        // Arrange: death only; tracheostomy 2025-03-01 then censored at the last visit 2025-05-01.
        var r = TestPatient.Create("P1", "A", Enrolled).Event(ClinicalEventKind.Tracheostomy, new(2025, 3, 1)).Alsfrs(new(2025, 5, 1), 20).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, CompositeEndpointDefinition.DeathOnly, TimeOrigin.Enrolment);

        // Assert: 2025-01-01 → 2025-05-01 = 120 days.
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(120, o.Days);
    }

    [Fact]
    public void Derive_OnlyEnrolment_CensoredAtTimeZeroWithNote()
    {
        // Arrange
        var r = TestPatient.Create("P1", "A", Enrolled).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(EndpointStatus.Censored, o.Status);
        Assert.Equal(0, o.Days);
        Assert.Contains(o.Notes, n => n.Contains("time 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_NoDatedContactAtAll_NoFollowUp()
    {
        // Arrange: onset only, no enrolment and no records.
        var r = TestPatient.Create("P1", null, enrolment: null, onset: new(2024, 3, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, Default, TimeOrigin.Onset);

        // Assert
        Assert.Equal(EndpointStatus.NoFollowUp, o.Status);
        Assert.Null(o.LastContactDate);
    }

    [Fact]
    public void Derive_NivStartIncluded_EventAtNivStart()
    {
        // Arrange: NIV started 2025-02-10 (used 8 h/day), death 2025-09-01.
        var d = CompositeEndpointDefinition.DeathOnly with { Name = "D/N", Components = EndpointComponents.Death | EndpointComponents.NivStart };
        var r = TestPatient.Create("P1", "A", Enrolled).Event(ClinicalEventKind.NivStart, new(2025, 2, 10)).Death(new(2025, 9, 1)).Build();

        // Act
        var o = CompositeEndpoint.Derive(r, d, TimeOrigin.Enrolment);

        // Assert: 31 + 9 = 40 days.
        Assert.Equal(EndpointComponents.NivStart, o.EventComponents);
        Assert.Equal(40, o.Days);
    }

    [Fact]
    public void DeriveAll_SeveralPatients_OneOutcomeEachInOrder()
    {
        // Arrange
        var a = TestPatient.Create("P1", "A", Enrolled).Death(new(2025, 2, 1)).Build();
        var b = TestPatient.Create("P2", "B", Enrolled).Alsfrs(new(2025, 3, 1), 30).Build();

        var c = TestPatient.Create("P3", "B", enrolment: null).Build();
        var deleted = TestPatient.Create("P4", "B", Enrolled).Build();
        deleted.Patient.MarkDeleted(Motus.Testing.TestDates.Now, "duplicate");

        // Act
        var all = CompositeEndpoint.DeriveAll([a, b, c, deleted], Default, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(["P1", "P2", "P3"], all.Outcomes.Select(x => x.PatientCode));
        Assert.Equal([EndpointStatus.Event, EndpointStatus.Censored, EndpointStatus.NoOrigin], all.Outcomes.Select(x => x.Status));
        Assert.Equal((1, 1, 1), (all.Events, all.Censored, all.NotAnalysable));
        Assert.StartsWith("Death, tracheostomy or PAV: first of death", all.Method, StringComparison.Ordinal);
        Assert.Contains("time from enrolment in days and months (days / 30.4375)", all.Outcomes[0].Method, StringComparison.Ordinal);
    }
}
