using Motus.Statistics.Common;
using Motus.Statistics.Meta;
using static Motus.Statistics.Tests.Meta.MetaFixtures;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Effect sizes against <c>metafor::escalc()</c>; closed form, so compared at 1e-10 relative.</summary>
public sealed class EffectSizeTests
{
    private const double Tol = 1e-10;

    private static readonly int[] AeEvents = [0, 2, 5, 1, 0, 7];
    private static readonly int[] AeTotal = [10, 15, 30, 8, 12, 40];

    [Theory]
    [InlineData("RR", EffectMeasure.LogRiskRatio)]
    [InlineData("OR", EffectMeasure.LogOddsRatio)]
    public void TwoGroupBinary_BcgTrials_MatchesEscalc(string r, EffectMeasure measure)
    {
        // Arrange
        var bcg = Load("bcg.json");
        var (yi, vi) = Escalc("bcg.json", r);

        // Act
        var es = EffectSize.TwoGroupBinary(bcg.GetProperty("ai").Ints(), bcg.GetProperty("n1i").Ints(), bcg.GetProperty("ci").Ints(),
            bcg.GetProperty("n2i").Ints(), measure);

        // Assert
        Close.All(yi, es.Yi, Tol, "yi");
        Close.All(vi, es.Vi, Tol, "vi");
        Assert.Empty(es.CorrectedStudies);
        Assert.Equal(ZeroCellCorrection.HalfToZeroCellStudies, es.Correction);
    }

    [Theory]
    [InlineData("PLO", EffectMeasure.LogitProportion)]
    [InlineData("PFT", EffectMeasure.FreemanTukeyProportion)]
    [InlineData("PR", EffectMeasure.RawProportion)]
    public void Proportion_AdverseEventCounts_MatchesEscalcDefaults(string r, EffectMeasure measure)
    {
        // Arrange
        var (yi, vi) = Escalc("proportions.json", r);

        // Act
        var es = EffectSize.Proportion(AeEvents, AeTotal, measure);

        // Assert
        Close.All(yi, es.Yi, Tol, "yi");
        Close.All(vi, es.Vi, Tol, "vi");
        Assert.Equal(AeTotal.Select(n => (double)n), es.SampleSizes);
    }

    [Fact]
    public void Proportion_LogitWithZeroEvents_ReportsCorrectedStudies()
    {
        // Act
        var es = EffectSize.Proportion(AeEvents, AeTotal, EffectMeasure.LogitProportion);

        // Assert: 0/10 and 0/12 received 1/2 on both cells.
        Assert.Equal([0, 4], es.CorrectedStudies);
        Assert.Equal(0.5, es.Correction!.Add);
        Assert.Equal(ZeroCellRule.OnlyZero, es.Correction.To);
    }

    [Fact]
    public void Proportion_FreemanTukeyDefault_AppliesNoCorrection()
    {
        // Act
        var es = EffectSize.Proportion(AeEvents, AeTotal, EffectMeasure.FreemanTukeyProportion);

        // Assert: metafor's default for PFT is add = 0.
        Assert.Empty(es.CorrectedStudies);
        Assert.Equal(ZeroCellCorrection.None, es.Correction);
    }

    [Theory]
    [InlineData("PLO_add025_all", EffectMeasure.LogitProportion, 0.25, ZeroCellRule.All, 6)]
    [InlineData("PLO_if0all", EffectMeasure.LogitProportion, 0.5, ZeroCellRule.IfAnyZero, 6)]
    [InlineData("PFT_add05_only0", EffectMeasure.FreemanTukeyProportion, 0.5, ZeroCellRule.OnlyZero, 2)]
    public void Proportion_ExplicitCorrection_MatchesEscalcAddTo(string r, EffectMeasure measure, double add, ZeroCellRule to, int corrected)
    {
        // Arrange
        var (yi, vi) = Escalc("proportions.json", r);

        // Act
        var es = EffectSize.Proportion(AeEvents, AeTotal, measure, new ZeroCellCorrection(add, to));

        // Assert
        Close.All(yi, es.Yi, Tol, "yi");
        Close.All(vi, es.Vi, Tol, "vi");
        Assert.Equal(corrected, es.CorrectedStudies.Length);
    }

    [Theory]
    [InlineData("PFT", EffectMeasure.FreemanTukeyProportion, 0.0)]
    [InlineData("PLO", EffectMeasure.LogitProportion, 0.5)]
    public void Proportion_TrialMethodsCheckC6_MatchesEscalc(string r, EffectMeasure measure, double add)
    {
        // Arrange: escalc(measure, xi = c(0, 1, 12, 38, 40), ni = c(10, 10, 20, 40, 40)); 40/40 is a zero cell too.
        var c6 = Load("proportions.json").GetProperty("c6");
        var expected = c6.GetProperty(r);

        // Act
        var es = EffectSize.Proportion(c6.GetProperty("xi").Ints(), c6.GetProperty("ni").Ints(), measure,
            new ZeroCellCorrection(add, ZeroCellRule.OnlyZero));

        // Assert
        Close.All(expected.GetProperty("yi").Doubles(), es.Yi, Tol, "yi");
        Close.All(expected.GetProperty("vi").Doubles(), es.Vi, Tol, "vi");
    }

    [Theory]
    [InlineData("MD", EffectMeasure.MeanDifference)]
    [InlineData("SMD", EffectMeasure.StandardizedMeanDifference)]
    public void TwoGroupContinuous_SlopeData_MatchesEscalc(string r, EffectMeasure measure)
    {
        // Arrange
        var c = Load("continuous.json");
        var (yi, vi) = Escalc("continuous.json", r);

        // Act
        var es = EffectSize.TwoGroupContinuous(c.GetProperty("m1i").Doubles(), c.GetProperty("sd1i").Doubles(), c.GetProperty("n1i").Ints(),
            c.GetProperty("m2i").Doubles(), c.GetProperty("sd2i").Doubles(), c.GetProperty("n2i").Ints(), measure);

        // Assert
        Close.All(yi, es.Yi, Tol, "yi");
        Close.All(vi, es.Vi, Tol, "vi");
        Assert.Null(es.Correction);
    }

    [Theory]
    [InlineData("RR", EffectMeasure.LogRiskRatio)]
    [InlineData("OR", EffectMeasure.LogOddsRatio)]
    public void TwoGroupBinary_ZeroAndDoubleZeroCells_CorrectsAsEscalc(string r, EffectMeasure measure)
    {
        // Arrange: study 0 has a = 0, study 2 has no events in either arm, study 4 has b = 0 (all treated had the event).
        var z = Load("edge.json").GetProperty("zero_cells");
        var expected = z.GetProperty(r);

        // Act
        var es = EffectSize.TwoGroupBinary(z.GetProperty("ai").Ints(), z.GetProperty("n1i").Ints(), z.GetProperty("ci").Ints(),
            z.GetProperty("n2i").Ints(), measure);

        // Assert
        Close.All(expected.GetProperty("yi").Doubles(), es.Yi, Tol, "yi");
        Close.All(expected.GetProperty("vi").Doubles(), es.Vi, Tol, "vi");
        Assert.Equal([0, 2, 4], es.CorrectedStudies);
        Assert.Empty(es.DroppedStudies);
        Assert.False(es.DropDoubleZero);
    }

    [Theory]
    [InlineData("RR_drop00", EffectMeasure.LogRiskRatio)]
    [InlineData("OR_drop00", EffectMeasure.LogOddsRatio)]
    public void TwoGroupBinary_DropDoubleZero_DropsStudyAsEscalcDrop00(string r, EffectMeasure measure)
    {
        // Arrange: R returns NA for the dropped study; keep the others.
        var z = Load("edge.json").GetProperty("zero_cells");
        var yi = z.GetProperty(r).GetProperty("yi").Doubles().Where(double.IsFinite).ToArray();
        var vi = z.GetProperty(r).GetProperty("vi").Doubles().Where(double.IsFinite).ToArray();

        // Act
        var es = EffectSize.TwoGroupBinary(z.GetProperty("ai").Ints(), z.GetProperty("n1i").Ints(), z.GetProperty("ci").Ints(),
            z.GetProperty("n2i").Ints(), measure, dropDoubleZero: true);

        // Assert
        Close.All(yi, es.Yi, Tol, "yi");
        Close.All(vi, es.Vi, Tol, "vi");
        Assert.Equal([2], es.DroppedStudies);
        Assert.Equal([0, 1, 3, 4], es.StudyIndex);
        Assert.Contains(es.Warnings, w => w.Contains("double-zero"));
    }
}
