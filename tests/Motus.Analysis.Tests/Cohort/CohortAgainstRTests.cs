using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>
/// The cohort analyses on the synthetic cohort of tests/fixtures/r/analysis/make.R against survival 3.5-3 and
/// lme4 1.1-31 / lmerTest 3.1-3. Tolerances: Kaplan–Meier and log-rank 1e-10, Cox 1e-6 (p-values 1e-5), LMM fixed
/// effects and SEs 1e-6, Satterthwaite df 1e-4 (lmerTest's numerical derivatives), variance components 1e-4,
/// percent slowing and its intervals 1e-5.
/// </summary>
public sealed class CohortAgainstRTests
{
    private static readonly CompositeEndpointDefinition DeathOrTracheostomy = CompositeEndpointDefinition.DeathOnly with
    {
        Name = "Death or tracheostomy",
        Components = EndpointComponents.Death | EndpointComponents.Tracheostomy,
    };

    [Fact]
    public void SurvivalByArm_FixtureCohort_MatchesSurvfitAndSurvdiff()
    {
        // Arrange
        var cohort = CohortFixture.Patients();

        // Act
        var r = SurvivalByArm.Analyse(cohort, DeathOrTracheostomy, TimeOrigin.Enrolment);

        // Assert
        Assert.Empty(r.Errors);
        Assert.Equal(39, r.Patients);
        Assert.Equal(20, r.Events);
        Assert.Equal([("P040", "no arm allocated")], r.Excluded.Select(e => (e.PatientCode, e.Reason)));
        var km = CohortFixture.Get("km").EnumerateArray().ToList();
        Assert.Equal(km.Select(k => k.GetProperty("arm").GetString()), r.Arms.Select(a => a.ArmCode));
        for (var i = 0; i < km.Count; i++)
        {
            var e = km[i];
            var a = r.Arms[i];
            Near.All(e.GetProperty("time").Doubles(), a.Points.Select(p => (double?)p.Months).ToList(), 1e-10, "time");
            Assert.Equal(e.GetProperty("n_risk").Doubles().Select(x => (int)x), a.Points.Select(p => p.AtRisk));
            Assert.Equal(e.GetProperty("n_event").Doubles().Select(x => (int)x), a.Points.Select(p => p.Events));
            Assert.Equal(e.GetProperty("n_censor").Doubles().Select(x => (int)x), a.Points.Select(p => p.Censored));
            Near.All(e.GetProperty("surv").Doubles(), a.Points.Select(p => (double?)p.Survival).ToList(), 1e-10, "surv");
            Near.All(e.GetProperty("std_err").Doubles(), a.Points.Select(p => p.StdErr).ToList(), 1e-10, "std.err");
            Near.All(e.GetProperty("lower").Doubles(), a.Points.Select(p => p.Lower).ToList(), 1e-10, "lower");
            Near.All(e.GetProperty("upper").Doubles(), a.Points.Select(p => p.Upper).ToList(), 1e-10, "upper");
            Near.All([e.GetProperty("median").NullableDouble() ?? double.NaN, e.GetProperty("median_lower").NullableDouble() ?? double.NaN,
                e.GetProperty("median_upper").NullableDouble() ?? double.NaN], [a.Median.Estimate, a.Median.Lower, a.Median.Upper], 1e-10, "median");
        }

        var lr = CohortFixture.Get("logrank");
        Near.Equal(lr.GetProperty("chisq").GetDouble(), r.LogRank!.ChiSquare, 1e-10, "chisq");
        Near.Equal(lr.GetProperty("p").GetDouble(), r.LogRank.PValue, 1e-10, "p");
        Near.All(lr.GetProperty("obs").Doubles(), r.LogRank.Arms.Select(x => (double?)x.Observed).ToList(), 1e-10, "obs");
        Near.All(lr.GetProperty("exp").Doubles(), r.LogRank.Arms.Select(x => (double?)x.Expected).ToList(), 1e-10, "exp");
    }

    [Fact]
    public void CoxByArm_FixtureCohortWithCovariates_MatchesCoxph()
    {
        // Arrange
        var cohort = CohortFixture.Patients();
        CohortCovariate[] covariates = [CohortCovariate.AgeAtOrigin, CohortCovariate.Male, CohortCovariate.BulbarOnset, CohortCovariate.DeltaFs()];

        // Act
        var r = CoxByArm.Fit(cohort, DeathOrTracheostomy, TimeOrigin.Enrolment, "PLACEBO", covariates);

        // Assert
        Assert.Empty(r.Errors);
        Assert.True(r.Converged);
        var e = CohortFixture.Get("cox");
        Assert.Equal(e.GetProperty("n").GetInt32(), r.Patients);
        Assert.Equal(e.GetProperty("events").GetInt32(), r.Events);
        Assert.Equal(e.GetProperty("names").EnumerateArray().Select(x => x.GetString()), r.Terms.Select(t => t.Name));
        Near.All(e.GetProperty("coef").Doubles(), r.Terms.Select(t => t.Estimate).ToList(), 1e-6, "coef");
        Near.All(e.GetProperty("se").Doubles(), r.Terms.Select(t => t.StdErr).ToList(), 1e-6, "se");
        Near.All(e.GetProperty("p").Doubles(), r.Terms.Select(t => t.PValue).ToList(), 1e-5, "p");
        Near.All(e.GetProperty("hr_lower").Doubles(), r.Terms.Select(t => t.Lower).ToList(), 1e-6, "hr lower");
        Near.All(e.GetProperty("hr_upper").Doubles(), r.Terms.Select(t => t.Upper).ToList(), 1e-6, "hr upper");
        Near.Equal(e.GetProperty("lr").GetDouble(), r.LikelihoodRatio!.Statistic, 1e-6, "LR");
        Near.Equal(e.GetProperty("wald").GetDouble(), r.Wald!.Statistic, 1e-6, "Wald");
        Near.Equal(e.GetProperty("score").GetDouble(), r.Score!.Statistic, 1e-6, "score");
        Near.Equal(e.GetProperty("concordance").GetDouble(), r.Concordance, 1e-6, "C");
        Near.Equal(e.GetProperty("zph_global").GetDouble(), r.ProportionalHazards!.Statistic, 1e-6, "zph");
        Assert.Contains("Efron ties", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void SlopesByArm_FixtureCohort_MatchesLmerTest()
    {
        // Arrange
        var cohort = CohortFixture.Patients();

        // Act
        var r = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "PLACEBO");

        // Assert
        Assert.Empty(r.Errors);
        var e = CohortFixture.Get("lmm");
        Assert.Equal(e.GetProperty("nobs").GetInt32(), r.Ratings);
        Assert.Equal(e.GetProperty("ngroups").GetInt32(), r.Patients);
        Assert.Equal(["(Intercept)", "months", "arm[MSC-IT]", "months:arm[MSC-IT]"], r.FixedEffects.Select(f => f.Name));
        Near.All(e.GetProperty("estimate").Doubles(), r.FixedEffects.Select(f => f.Estimate).ToList(), 1e-6, "beta");
        Near.All(e.GetProperty("se").Doubles(), r.FixedEffects.Select(f => f.StandardError).ToList(), 1e-6, "se");
        Near.All(e.GetProperty("df").Doubles(), r.FixedEffects.Select(f => f.Df).ToList(), 1e-4, "df");
        Near.Equal(e.GetProperty("sd_intercept").GetDouble(), r.VarianceComponents!.InterceptSd, 1e-4, "sd intercept");
        Near.Equal(e.GetProperty("sd_slope").GetDouble(), r.VarianceComponents.SlopeSd, 1e-4, "sd slope");
        Near.Equal(e.GetProperty("corr").GetDouble(), r.VarianceComponents.Correlation, 1e-4, "corr");
        Near.Equal(e.GetProperty("sigma").GetDouble(), r.VarianceComponents.ResidualSd, 1e-4, "sigma");

        var control = r.Arms.Single(a => a.ArmCode == "PLACEBO");
        var treated = r.Arms.Single(a => a.ArmCode == "MSC-IT");
        Near.Equal(e.GetProperty("estimate")[1].GetDouble(), control.Slope, 1e-6, "control slope");
        var ts = e.GetProperty("treated_slope");
        Near.Equal(ts.GetProperty("estimate").GetDouble(), treated.Slope, 1e-6, "treated slope");
        Near.Equal(ts.GetProperty("se").GetDouble(), treated.StdErr, 1e-6, "treated slope se");
        Near.Equal(ts.GetProperty("df").GetDouble(), treated.Df, 1e-4, "treated slope df");

        var d = Assert.Single(r.Differences);
        Near.Equal(e.GetProperty("estimate")[3].GetDouble(), d.Difference, 1e-6, "difference");
        Near.Equal(e.GetProperty("percent_slowing").GetDouble(), d.PercentSlowing, 1e-5, "percent slowing");
        var fieller = e.GetProperty("fieller").Doubles();
        Near.Equal(fieller[0], d.PercentSlowingLower, 1e-5, "Fieller lower");
        Near.Equal(fieller[1], d.PercentSlowingUpper, 1e-5, "Fieller upper");
    }

    [Fact]
    public void SlopesByArm_DeltaOption_MatchesDeltaInterval()
    {
        // Arrange
        var cohort = CohortFixture.Patients();

        // Act
        var r = SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "placebo", SlopeComparisonOptions.Default with { RatioInterval = RatioIntervalMethod.Delta });

        // Assert: the control arm matched case-insensitively; delta-method limits as computed in make.R.
        var d = Assert.Single(r.Differences);
        var delta = CohortFixture.Get("lmm").GetProperty("delta").Doubles();
        Near.Equal(delta[0], d.PercentSlowingLower, 1e-5, "delta lower");
        Near.Equal(delta[1], d.PercentSlowingUpper, 1e-5, "delta upper");
        Assert.Contains("Delta 95% interval", r.Method, StringComparison.Ordinal);
    }
}
