using Motus.Statistics.Common;
using Motus.Statistics.Distributions;
using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>k = 1, k = 2, equal variances, zero variances, boundary τ², and the Hartung–Knapp variants.</summary>
public sealed class MetaAnalysisEdgeCaseTests
{
    [Fact]
    public void Fit_SingleStudy_ReturnsTheStudyWithWarning()
    {
        // Arrange
        var r = Load("edge.json").GetProperty("k1");

        // Act
        var fit = MetaAnalysis.Fit([0.3], [0.04]);

        // Assert: estimate, SE, CI and p as rma(0.3, 0.04); heterogeneity null instead of metafor's Q = 0, I² = 0, H² = 1.
        Near(r.D("estimate"), fit.Estimate, ClosedForm, "estimate");
        Near(r.D("se"), fit.StandardError, ClosedForm, "se");
        Near(r.D("pval"), fit.PValue, ClosedForm, "pval");
        Near(r.D("ci_lb"), fit.CiLower, ClosedForm, "ci.lb");
        Near(r.D("ci_ub"), fit.CiUpper, ClosedForm, "ci.ub");
        Assert.Equal(0, fit.Tau2);
        Assert.Null(fit.Q);
        Assert.Null(fit.I2);
        Assert.Null(fit.H2);
        Assert.Null(fit.Tau2StandardError);
        Assert.Null(fit.Prediction);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.StartsWith("k = 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_SingleStudyWithKnappHartung_FallsBackToZWithWarning()
    {
        // Act
        var fit = MetaAnalysis.Fit([0.3], [0.04], new MetaAnalysisOptions { Test = MetaTest.KnappHartung });

        // Assert
        Assert.Equal(MetaTest.Z, fit.Test);
        Assert.Equal(MetaTest.KnappHartung, fit.Options.Test);
        Assert.Null(fit.Df);
        Assert.Equal(2, fit.Diagnostics.Warnings.Count);
    }

    [Fact]
    public void Fit_TwoStudies_MatchesMetafor()
    {
        // Arrange
        var edge = Load("edge.json").GetProperty("k2");
        var yi = edge.GetProperty("yi").Doubles();
        var vi = edge.GetProperty("vi").Doubles();

        foreach (var r in edge.GetProperty("fits").EnumerateArray())
        {
            var tol = Tolerance(r);

            // Act
            var fit = MetaAnalysis.Fit(yi, vi, Options(r));
            var riley = MetaAnalysis.Fit(yi, vi, Options(r, PredictionIntervalKind.Riley));

            // Assert
            Near(r.D("estimate"), fit.Estimate, tol, "estimate");
            Near(r.D("se"), fit.StandardError, tol, "se");
            Near(r.D("ci_lb"), fit.CiLower, tol, "ci.lb");
            Near(r.D("ci_ub"), fit.CiUpper, tol, "ci.ub");
            Near(r.D("pval"), fit.PValue, tol, "pval");
            Near(r.D("tau2"), fit.Tau2, tol, "tau2");
            Near(r.D("I2"), fit.I2, tol, "I2");
            Near(r.GetProperty("predict").D("pi_lb"), fit.Prediction?.Lower, tol, "pi.lb");
            Near(r.GetProperty("predict_riley").D("pi_ub"), riley.Prediction?.Upper, tol, "riley pi.ub (t with 1 df)");
        }
    }

    [Fact]
    public void Fit_AllVariancesEqual_EstimatorsAgreeWithClosedForm()
    {
        // Arrange: with vᵢ = v, DL, REML and PM all give max(0, var(y) − v) = 0.145 − 0.05.
        var edge = Load("edge.json").GetProperty("equal_vi");
        var yi = edge.GetProperty("yi").Doubles();
        var vi = edge.GetProperty("vi").Doubles();
        var expected = edge.D("var_yi") - vi[0];

        foreach (var r in edge.GetProperty("fits").EnumerateArray())
        {
            // Act
            var fit = MetaAnalysis.Fit(yi, vi, Options(r));

            // Assert
            Close.Relative(expected, fit.Tau2, 1e-10, $"{fit.Options.Method} tau2");
            Near(r.D("tau2"), fit.Tau2, Tolerance(r), "tau2 vs metafor");
            Near(r.D("se_tau2"), fit.Tau2StandardError, Tolerance(r), "se.tau2 vs metafor");
            Close.All([20.0, 20, 20, 20, 20], fit.Weights, 1e-12, "weights");
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Fit_NonPositiveVariance_ThrowsNamingVi(double bad)
    {
        // Act
        var act = () => MetaAnalysis.Fit([0.1, 0.2, 0.3], [0.04, bad, 0.05]);

        // Assert
        var ex = Assert.Throws<StatisticsInputException>(act);
        Assert.Equal("vi", ex.ParamName);
        Assert.Contains("vi[1]", ex.Message);
    }

    [Fact]
    public void Fit_EmptyOrMismatchedInput_Throws()
    {
        // Act
        var empty = () => MetaAnalysis.Fit([], []);
        var mismatched = () => MetaAnalysis.Fit([0.1, 0.2], [0.04]);
        var infinite = () => MetaAnalysis.Fit([double.PositiveInfinity, 0.2], [0.04, 0.04]);

        // Assert
        Assert.Equal("yi", Assert.Throws<StatisticsInputException>(empty).ParamName);
        Assert.Equal("vi", Assert.Throws<StatisticsInputException>(mismatched).ParamName);
        Assert.Equal("yi", Assert.Throws<StatisticsInputException>(infinite).ParamName);
    }

    [Theory]
    [InlineData(1.0, 1e-10, 100)]
    [InlineData(0.95, 0.0, 100)]
    [InlineData(0.95, 1e-10, 0)]
    public void Fit_InvalidOptions_Throws(double level, double tolerance, int maxIterations)
    {
        // Act
        var act = () => MetaAnalysis.Fit([0.1, 0.2], [0.04, 0.04],
            new MetaAnalysisOptions { Level = level, Tolerance = tolerance, MaxIterations = maxIterations });

        // Assert
        Assert.Throws<StatisticsInputException>(act);
    }

    [Fact]
    public void Fit_FixedEffectWithIdenticalEstimates_ReportsZeroI2()
    {
        // Act: binary-exact values make μ̂ and Q exactly 0; metafor returns I² = NaN (0/0) here, Motus returns 0.
        var fit = MetaAnalysis.Fit([0.5, 0.5, 0.5], [0.25, 0.5, 0.125], new MetaAnalysisOptions { Method = MetaMethod.FixedEffect });

        // Assert
        Assert.Equal(0, fit.Q);
        Assert.Equal(0, fit.I2);
        Assert.Equal(0, fit.H2);
        Assert.Equal(1, fit.QPValue);
    }

    [Theory]
    [InlineData(MetaMethod.DerSimonianLaird, "DerSimonian–Laird")]
    [InlineData(MetaMethod.RestrictedMaximumLikelihood, "REML")]
    [InlineData(MetaMethod.PauleMandel, "Paule–Mandel")]
    public void Fit_HomogeneousStudies_TruncatesTau2AtZeroWithNote(MetaMethod method, string estimator)
    {
        // Arrange: the adverse-event logits are homogeneous (Q = 2.21 on 5 df); every estimator truncates.
        var (yi, vi) = Escalc("proportions.json", "PLO");

        // Act
        var fit = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { Method = method });

        // Assert
        Assert.Equal(0, fit.Tau2);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains(estimator) && w.Contains("truncated at 0"));
        Assert.True(fit.Diagnostics.Converged);
    }

    [Fact]
    public void Fit_Reml_ReportsIterations()
    {
        // Arrange
        var (yi, vi) = Escalc("bcg.json", "RR");

        // Act
        var fit = MetaAnalysis.Fit(yi, vi);

        // Assert
        Assert.Equal(MetaMethod.RestrictedMaximumLikelihood, fit.Options.Method);
        Assert.InRange(fit.Diagnostics.Iterations, 1, 100);
        Assert.Empty(fit.Diagnostics.Warnings);
    }

    [Fact]
    public void Fit_IterationLimitTooLow_ReportsNonConvergence()
    {
        // Arrange
        var (yi, vi) = Escalc("bcg.json", "RR");

        // Act
        var fit = MetaAnalysis.Fit(yi, vi, new MetaAnalysisOptions { MaxIterations = 1 });

        // Assert
        Assert.False(fit.Diagnostics.Converged);
        Assert.Contains(fit.Diagnostics.Warnings, w => w.Contains("did not converge"));
    }
}
