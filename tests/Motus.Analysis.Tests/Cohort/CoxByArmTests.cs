using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>Cox by arm on hand-made cohorts: a hand-solved partial likelihood and every refusal.</summary>
public sealed class CoxByArmTests
{
    private static readonly DateOnly Enrolled = new(2025, 1, 1);
    private static readonly CompositeEndpointDefinition Death = CompositeEndpointDefinition.DeathOnly;

    /// <summary>A1 dies on day 10, B1 on day 20; A2 is last seen on day 25, B2 on day 30.</summary>
    private static List<PatientRecord> FourPatients(int? yearOfBirthA2 = 1962) =>
    [
        TestPatient.Create("A1", "A", Enrolled).Death(Enrolled.AddDays(10)).Build(),
        TestPatient.Create("A2", "A", Enrolled, yearOfBirth: yearOfBirthA2).Alsfrs(Enrolled.AddDays(25), 40).Build(),
        TestPatient.Create("B1", "B", Enrolled).Death(Enrolled.AddDays(20)).Build(),
        TestPatient.Create("B2", "B", Enrolled).Alsfrs(Enrolled.AddDays(30), 40).Build(),
    ];

    [Fact]
    public void Fit_ArmOnly_HandSolvedPartialLikelihood()
    {
        // Arrange: x = 1 for arm B, θ = e^β. Day 10: risk set {A1, A2, B1, B2}, death A1: 1/(2 + 2θ).
        // Day 20: risk set {A2, B1, B2}, death B1: θ/(1 + 2θ). No ties, so Efron = Breslow = exact.
        // d log L/dθ = 1/θ − 1/(1 + θ) − 2/(1 + 2θ) = 0  ⇔  1 − 2θ² = 0  ⇔  θ = 1/√2, β = −½ ln 2 = −0.34657359027997264.

        // Act
        var r = CoxByArm.Fit(FourPatients(), Death, TimeOrigin.Enrolment, "A", []);

        // Assert
        Assert.Empty(r.Errors);
        var t = Assert.Single(r.Terms);
        Assert.Equal("arm[B]", t.Name);
        Assert.Equal(-0.5 * Math.Log(2), t.Estimate!.Value, 8);
        Assert.Equal(1 / Math.Sqrt(2), t.HazardRatio!.Value, 8);
        Assert.Equal(4, r.Patients);
        Assert.Equal(2, r.Events);
        Assert.Equal("A", r.ControlArm);
    }

    [Fact]
    public void Fit_MissingCovariate_PatientExcludedWithReason()
    {
        // Arrange: A2 has no year of birth, so no age.
        var cohort = FourPatients(yearOfBirthA2: null);

        // Act
        var r = CoxByArm.Fit(cohort, Death, TimeOrigin.Enrolment, "A", [CohortCovariate.AgeAtOrigin]);

        // Assert
        Assert.Equal(3, r.Patients);
        var e = Assert.Single(r.Excluded);
        Assert.Equal(("A2", "missing covariate(s): age"), (e.PatientCode, e.Reason));
        Assert.Contains("complete cases", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ControlArmAbsent_Error()
    {
        var r = CoxByArm.Fit(FourPatients(), Death, TimeOrigin.Enrolment, "PLACEBO", []);

        Assert.Empty(r.Terms);
        Assert.Contains(r.Errors, e => e.Contains("control arm PLACEBO has no analysable patient (arms present: A, B)", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_OnlyControlArm_Error()
    {
        var r = CoxByArm.Fit(FourPatients().Take(2), Death, TimeOrigin.Enrolment, "A", []);

        Assert.Contains(r.Errors, e => e.Contains("no arm to compare", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_NoEvents_Error()
    {
        // Arrange: only the censored patients.
        var cohort = FourPatients().Where(p => p.Death is null).ToList();

        // Act
        var r = CoxByArm.Fit(cohort, Death, TimeOrigin.Enrolment, "A", []);

        // Assert
        Assert.Equal(2, r.Patients);
        Assert.Null(r.LikelihoodRatio);
        Assert.Contains(r.Errors, e => e.Contains("No events among the complete cases", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_AllEventsInOneArm_NotConvergedWithWarningAsCoxph()
    {
        // Arrange: both deaths in arm A (days 10, 20), both B patients censored later: monotone likelihood.
        List<PatientRecord> cohort =
        [
            TestPatient.Create("A1", "A", Enrolled).Death(Enrolled.AddDays(10)).Build(),
            TestPatient.Create("A2", "A", Enrolled).Death(Enrolled.AddDays(20)).Build(),
            TestPatient.Create("B1", "B", Enrolled).Alsfrs(Enrolled.AddDays(25), 40).Build(),
            TestPatient.Create("B2", "B", Enrolled).Alsfrs(Enrolled.AddDays(30), 40).Build(),
        ];

        // Act
        var r = CoxByArm.Fit(cohort, Death, TimeOrigin.Enrolment, "A", []);

        // Assert: as coxph ("Ran out of iterations and did not converge", coef −21.68 after 20 iterations): β → −∞.
        Assert.False(r.Converged);
        Assert.True(r.Terms[0].Estimate < -15);
        Assert.Contains(r.Warnings, w => w.Contains("did not converge", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_DuplicateCovariateNames_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            CoxByArm.Fit(FourPatients(), Death, TimeOrigin.Enrolment, "A", [CohortCovariate.Male, CohortCovariate.Male]));
    }
}
