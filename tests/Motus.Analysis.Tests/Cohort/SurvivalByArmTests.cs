using System.Text.Json;
using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>Kaplan–Meier and log-rank by arm on hand-made cohorts: hand-computed values and every refusal.</summary>
public sealed class SurvivalByArmTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);
    private static readonly CompositeEndpointDefinition Death = CompositeEndpointDefinition.DeathOnly;

    /// <summary>Arm A: deaths on days 10 and 20. Arm B: censored on day 15 (last visit), death on day 30.</summary>
    private static List<PatientRecord> FourPatients() =>
    [
        TestPatient.Create("A1", "A", Enrolled).Death(Enrolled.AddDays(10)).Build(),
        TestPatient.Create("A2", "A", Enrolled).Death(Enrolled.AddDays(20)).Build(),
        TestPatient.Create("B1", "B", Enrolled).Alsfrs(Enrolled.AddDays(15), 40).Build(),
        TestPatient.Create("B2", "B", Enrolled).Death(Enrolled.AddDays(30)).Build(),
    ];

    [Fact]
    public void Analyse_FourPatients_HandComputedCurvesAndLogRank()
    {
        // Act
        var r = SurvivalByArm.Analyse(FourPatients(), Death, TimeOrigin.Enrolment);

        // Assert: A: S(10 d) = 1/2, S(20 d) = 0. B: S(15 d) = 1 (censored), S(30 d) = 0.
        // Log-rank: t = 10: n = 4, d = 1 (A), E_A = 2/4, V = 1·3/3·(2/4)(2/4) = 1/4; t = 20: n = 2, d = 1 (A), E_A = 1/2,
        // V = 1/4; t = 30: only B at risk, E_A = 0, V = 0. O_A = 2, E_A = 1, V = 1/2: χ² = 1²/0.5 = 2, p = 0.157299207050285.
        Assert.Empty(r.Errors);
        Assert.Equal(4, r.Patients);
        Assert.Equal(3, r.Events);
        var a = r.Arms[0];
        Assert.Equal("A", a.ArmCode);
        Assert.Equal([10 / 30.4375, 20 / 30.4375], a.Points.Select(p => p.Months));
        Assert.Equal([0.5, 0.0], a.Points.Select(p => p.Survival));
        Assert.Null(a.Points[1].Lower);
        Assert.Null(a.Points[1].Upper);
        Assert.Null(a.Points[1].StdErr);
        Assert.Equal(0.5 * Math.Sqrt(0.5), a.Points[0].StdErr!.Value, 12); // Greenwood: S·√(d/(n(n−d))) = 0.5·√(1/(2·1)) = 0.35355…
        var b = r.Arms[1];
        Assert.Equal([0, 1], b.Points.Select(p => p.Events));
        Assert.Equal([1, 0], b.Points.Select(p => p.Censored));
        Assert.Equal([1.0, 0.0], b.Points.Select(p => p.Survival));
        Assert.Equal(2.0, r.LogRank!.ChiSquare, 12);
        Assert.Equal(0.157299207050285, r.LogRank.PValue, 12);
        Assert.Equal(2.0, r.LogRank.Arms[0].Observed);
        Assert.Equal(1.0, r.LogRank.Arms[0].Expected, 12);
    }

    [Fact]
    public void Analyse_Result_SerialisesToJsonWithoutNaN()
    {
        // Arrange: the curve of arm A reaches 0, where R's limits are NA.
        var r = SurvivalByArm.Analyse(FourPatients(), Death, TimeOrigin.Enrolment);

        // Act
        var json = JsonSerializer.Serialize(r);

        // Assert
        Assert.Contains("\"Lower\":null", json, StringComparison.Ordinal);
        Assert.Contains("Kaplan–Meier by arm", JsonDocument.Parse(json).RootElement.GetProperty("Method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_OneArmOnly_CurvesButNoTest()
    {
        // Arrange
        var cohort = FourPatients().Take(2).ToList();

        // Act
        var r = SurvivalByArm.Analyse(cohort, Death, TimeOrigin.Enrolment);

        // Assert
        Assert.Single(r.Arms);
        Assert.Null(r.LogRank);
        Assert.Contains(r.Errors, e => e.Contains("Only one arm (A)", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_NoEvents_NoTestWithError()
    {
        // Arrange
        var cohort = new List<PatientRecord>
        {
            TestPatient.Create("A1", "A", Enrolled).Alsfrs(Enrolled.AddDays(40), 40).Build(),
            TestPatient.Create("B1", "B", Enrolled).Alsfrs(Enrolled.AddDays(50), 40).Build(),
        };

        // Act
        var r = SurvivalByArm.Analyse(cohort, Death, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(2, r.Arms.Count);
        Assert.Null(r.LogRank);
        Assert.Contains(r.Errors, e => e.Contains("No events", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_NonAnalysablePatients_ExcludedWithReasons()
    {
        // Arrange: no arm; event before origin; no origin (no enrolment date); a deleted patient.
        var deleted = TestPatient.Create("D1", "A", Enrolled).Death(Enrolled.AddDays(5)).Build();
        deleted.Patient.MarkDeleted(Motus.Testing.TestDates.Now, "duplicate");
        var cohort = FourPatients();
        cohort.Add(TestPatient.Create("X1", null, Enrolled).Death(Enrolled.AddDays(9)).Build());
        cohort.Add(TestPatient.Create("X2", "A", Enrolled).Death(Enrolled.AddDays(-3)).Build());
        cohort.Add(TestPatient.Create("X3", "B", enrolment: null).Death(Enrolled.AddDays(9)).Build());
        cohort.Add(deleted);

        // Act
        var r = SurvivalByArm.Analyse(cohort, Death, TimeOrigin.Enrolment);

        // Assert
        Assert.Equal(4, r.Patients);
        Assert.Equal(["X1", "X2", "X3", "D1"], r.Excluded.Select(e => e.PatientCode));
        Assert.Equal("no arm allocated", r.Excluded[0].Reason);
        Assert.StartsWith("EventBeforeOrigin:", r.Excluded[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("NoOrigin:", r.Excluded[2].Reason, StringComparison.Ordinal);
        Assert.Equal("patient record deleted", r.Excluded[3].Reason);
    }

    [Fact]
    public void Analyse_EmptyCohort_ErrorNotException()
    {
        // Act
        var r = SurvivalByArm.Analyse([], Death, TimeOrigin.Enrolment);

        // Assert
        Assert.Empty(r.Arms);
        Assert.Contains(r.Errors, e => e.Contains("No analysable patient", StringComparison.Ordinal));
    }
}
