using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>escalc → rma → predict(transf) in one call, and the transforms themselves.</summary>
public sealed class MetaPipelineTests
{
    private static readonly int[] AeEvents = [0, 2, 5, 1, 0, 7];
    private static readonly int[] AeTotal = [10, 15, 30, 8, 12, 40];

    [Theory]
    [InlineData("PLO", EffectMeasure.LogitProportion, BackTransform.InverseLogit)]
    [InlineData("PFT", EffectMeasure.FreemanTukeyProportion, BackTransform.InverseFreemanTukeyHarmonicMean)]
    public void Fit_EffectSizesWithRemlKnha_BackTransformsAsPredictTransf(string r, EffectMeasure measure, BackTransform transform)
    {
        // Arrange: the REML + knha fit of the adverse-event proportions.
        var expected = Load("proportions.json").GetProperty("fits").GetProperty(r).EnumerateArray()
            .Single(f => f.GetProperty("method").GetString() == "REML" && f.GetProperty("test").GetString() == "knha");
        var es = EffectSize.Proportion(AeEvents, AeTotal, measure);

        // Act
        var fit = MetaAnalysis.Fit(es, new MetaAnalysisOptions { Test = MetaTest.KnappHartung });

        // Assert
        var t = expected.GetProperty("predict_transf");
        Assert.NotNull(fit.BackTransformed);
        Assert.Equal(transform, fit.BackTransformed.Transform);
        Near(t.D("pred"), fit.BackTransformed.Estimate, Iterative, "pred");
        Near(t.D("ci_lb"), fit.BackTransformed.CiLower, Iterative, "ci.lb");
        Near(t.D("ci_ub"), fit.BackTransformed.CiUpper, Iterative, "ci.ub");
        Near(t.D("pi_lb"), fit.BackTransformed.PiLower, Iterative, "pi.lb");
        Near(t.D("pi_ub"), fit.BackTransformed.PiUpper, Iterative, "pi.ub");
    }

    [Fact]
    public void Fit_EffectSizesWithWarnings_CarriesThemIntoDiagnostics()
    {
        // Arrange: uncorrected raw proportions of 0 have variance 0.
        var es = EffectSize.Proportion([1, 2, 3], [10, 10, 10], EffectMeasure.RawProportion);
        var zero = es with { Warnings = ["from escalc"] };

        // Act
        var fit = MetaAnalysis.Fit(zero);

        // Assert
        Assert.Equal("from escalc", fit.Diagnostics.Warnings[0]);
        Assert.Null(fit.BackTransformed);
    }

    [Fact]
    public void BackTransformSummary_FreemanTukeyWithoutSampleSizes_Throws()
    {
        // Arrange
        var fit = MetaAnalysis.Fit([0.3, 0.4], [0.02, 0.03]);

        // Act
        var act = () => MetaAnalysis.BackTransformSummary(fit, EffectMeasure.FreemanTukeyProportion);

        // Assert
        Assert.Throws<Common.StatisticsInputException>(act);
    }

    [Theory]
    [InlineData(0.0, 10)]
    [InlineData(0.05, 10)]
    [InlineData(0.5, 37)]
    [InlineData(0.93, 12.5)]
    [InlineData(1.0, 40)]
    public void InverseFreemanTukey_OfFreemanTukey_ReturnsTheProportion(double p, double n)
    {
        // Act
        var back = MetaTransforms.InverseFreemanTukey(MetaTransforms.FreemanTukey(p, n), n);

        // Assert
        Close.Equal(p, back, 1e-9, "round trip");
    }

    [Fact]
    public void InverseFreemanTukey_OutsideTheRange_ClampsToZeroAndOne()
    {
        // Act & Assert
        Assert.Equal(0, MetaTransforms.InverseFreemanTukey(-0.2, 20));
        Assert.Equal(1, MetaTransforms.InverseFreemanTukey(1.7, 20));
    }

    [Fact]
    public void InverseLogit_ExtremeArguments_StaysFinite()
    {
        // Act & Assert
        Assert.Equal(1, MetaTransforms.InverseLogit(800));
        Assert.Equal(0, MetaTransforms.InverseLogit(-800));
        Assert.Equal(0.5, MetaTransforms.InverseLogit(0));
    }
}
