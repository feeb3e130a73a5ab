using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>
/// Every rma() fit of the BCG (RR, OR), adverse-event proportion (PLO, PFT, PR) and ALSFRS-R slope (MD, SMD) fixtures:
/// FE/DL/REML/PM × z/knha/adhoc. Tolerance: 1e-6 relative for FE and DL, 1e-5 relative for REML and PM.
/// </summary>
public sealed class MetaAnalysisFitTests
{
    public static TheoryData<string, string, int> Fits => AllFits();

    [Theory]
    [MemberData(nameof(Fits))]
    public void Fit_MetaforFixture_MatchesPooledEstimateAndTest(string file, string measure, int index)
    {
        // Arrange
        var r = Fit(file, measure, index);
        var (yi, vi) = Escalc(file, measure);
        var tol = Tolerance(r);

        // Act
        var fit = MetaAnalysis.Fit(yi, vi, Options(r));

        // Assert
        Assert.Equal(r.GetProperty("k").GetInt32(), fit.K);
        Near(r.D("estimate"), fit.Estimate, tol, "estimate");
        Near(r.D("se"), fit.StandardError, tol, "se");
        Near(r.D("ci_lb"), fit.CiLower, tol, "ci.lb");
        Near(r.D("ci_ub"), fit.CiUpper, tol, "ci.ub");
        Near(r.D("stat"), fit.Statistic, tol, "zval");
        Near(r.D("pval"), fit.PValue, tol, "pval");
        if (r.IsNull("df"))
        {
            Assert.Null(fit.Df);
            Assert.Null(fit.KnappHartungFactor);
        }
        else
        {
            Assert.Equal(r.D("df"), fit.Df);
            Near(r.D("s2w"), fit.KnappHartungFactor, tol, "s2w");
        }

        Assert.True(fit.Diagnostics.Converged);
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Fit_MetaforFixture_MatchesHeterogeneity(string file, string measure, int index)
    {
        // Arrange
        var r = Fit(file, measure, index);
        var (yi, vi) = Escalc(file, measure);
        var tol = Tolerance(r);

        // Act
        var fit = MetaAnalysis.Fit(yi, vi, Options(r));

        // Assert
        Near(r.D("tau2"), fit.Tau2, tol, "tau2");
        Near(Math.Sqrt(r.D("tau2")), fit.Tau, tol, "tau");
        if (r.IsNull("se_tau2"))
        {
            Assert.Null(fit.Tau2StandardError);
        }
        else
        {
            Near(r.D("se_tau2"), fit.Tau2StandardError, tol, "se.tau2");
        }

        Near(r.D("QE"), fit.Q, ClosedForm, "QE");
        Near(r.D("QEp"), fit.QPValue, ClosedForm, "QEp");
        Assert.Equal(yi.Length - 1, fit.QDf);
        Near(r.D("I2"), fit.I2, tol, "I2");
        Near(r.D("H2"), fit.H2, tol, "H2");
        Near(r.D("vt"), fit.TypicalSamplingVariance, ClosedForm, "vt");
        Close.All(r.GetProperty("weights").Doubles(), fit.Weights, tol, "weights");
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Fit_MetaforFixture_MatchesPredictionIntervals(string file, string measure, int index)
    {
        // Arrange
        var r = Fit(file, measure, index);
        var (yi, vi) = Escalc(file, measure);
        var tol = Tolerance(r);

        // Act
        var standard = MetaAnalysis.Fit(yi, vi, Options(r));
        var riley = MetaAnalysis.Fit(yi, vi, Options(r, PredictionIntervalKind.Riley));

        // Assert
        var p = r.GetProperty("predict");
        Near(p.D("pred"), standard.Estimate, tol, "pred");
        Near(p.D("se"), standard.StandardError, tol, "pred se");
        if (p.IsNull("pi_lb"))
        {
            Assert.Null(standard.Prediction);
            return;
        }

        Near(p.D("pi_lb"), standard.Prediction?.Lower, tol, "pi.lb");
        Near(p.D("pi_ub"), standard.Prediction?.Upper, tol, "pi.ub");
        var pr = r.GetProperty("predict_riley");
        Near(pr.D("pi_lb"), riley.Prediction?.Lower, tol, "riley pi.lb");
        Near(pr.D("pi_ub"), riley.Prediction?.Upper, tol, "riley pi.ub");
        Assert.Equal(Math.Max(1, yi.Length - 2), riley.Prediction?.Df);
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void BackTransformSummary_MetaforFixture_MatchesPredictTransf(string file, string measure, int index)
    {
        // Arrange
        var r = Fit(file, measure, index);
        var (yi, vi) = Escalc(file, measure);
        var tol = Tolerance(r);
        var effect = measure switch
        {
            "RR" => EffectMeasure.LogRiskRatio,
            "OR" => EffectMeasure.LogOddsRatio,
            "PLO" => EffectMeasure.LogitProportion,
            "PFT" => EffectMeasure.FreemanTukeyProportion,
            "PR" => EffectMeasure.RawProportion,
            "MD" => EffectMeasure.MeanDifference,
            _ => EffectMeasure.StandardizedMeanDifference,
        };
        var ni = file == "proportions.json" ? Load(file).GetProperty("ni").Doubles() : [];
        var fit = MetaAnalysis.Fit(yi, vi, Options(r));

        // Act
        var back = MetaAnalysis.BackTransformSummary(fit, effect, ni);

        // Assert
        if (!r.TryGetProperty("predict_transf", out var t))
        {
            Assert.Null(back);
            return;
        }

        Assert.NotNull(back);
        Near(t.D("pred"), back.Estimate, tol, "pred");
        Near(t.D("ci_lb"), back.CiLower, tol, "ci.lb");
        Near(t.D("ci_ub"), back.CiUpper, tol, "ci.ub");
        if (t.IsNull("pi_lb"))
        {
            Assert.Null(back.PiLower);
        }
        else
        {
            Near(t.D("pi_lb"), back.PiLower, tol, "pi.lb");
            Near(t.D("pi_ub"), back.PiUpper, tol, "pi.ub");
        }
    }
}
