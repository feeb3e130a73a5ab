using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Tests.RegressionToMean;

/// <summary>
/// The analytic regression-to-the-mean moments against trial-methods check C8 (values given there to 4–5 significant
/// digits, so compared at 5e-4 absolute) and against hand-computed special cases.
/// </summary>
public sealed class RegressionToMeanCalculatorTests
{
    private static PrePostSchedule C8Schedule(BaselineSharing sharing = BaselineSharing.Shared) =>
        new([-3, -2, -1, 0], [0, 1, 2, 3, 4, 5, 6], sharing);

    [Fact]
    public void Compute_CheckC8_ReproducesPublishedMoments()
    {
        var r = RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(), -1, 0.6, 1.6, -1));

        Assert.Equal(0.5120, r.PreErrorVariance, 4);
        Assert.Equal(0.09143, r.PostErrorVariance, 5);
        Assert.Equal(-0.08229, r.ErrorCovariance, 5);
        Assert.Equal(-1.7451, r.MeanPreSlopeSelected, 4);
        Assert.Equal(-1.2373, r.MeanPostSlopeSelected, 4);
        Assert.Equal(0.2910, r.ApparentSlowing!.Value, 4);
        Assert.Equal(0.5, r.SelectedFraction, 12); // threshold at the mean
    }

    [Fact]
    public void Compute_SeparateBaseline_HasNoCovarianceAndLessSlowing()
    {
        var shared = RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(), -1, 0.6, 1.6, -1));
        var separate = RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(BaselineSharing.Separate), -1, 0.6, 1.6, -1));

        Assert.Equal(0, separate.ErrorCovariance);
        Assert.Equal(2.56 / 28, separate.PostErrorVariance, 12);
        // c = 0.36 / 0.872 without the negative covariance.
        Assert.Equal(0.36 / 0.872, separate.RegressionCoefficient, 12);
        Assert.True(separate.ApparentSlowing < shared.ApparentSlowing);
    }

    [Fact]
    public void Compute_NoSelection_MeansEqualTheTrueMeanAndNoSlowing()
    {
        var r = RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(), -1, 0.6, 1.6, null));

        Assert.Equal(1, r.SelectedFraction);
        Assert.Equal(-1, r.MeanPreSlopeSelected, 12);
        Assert.Equal(-1, r.MeanPostSlopeSelected, 12);
        Assert.Equal(0, r.ApparentSlowing!.Value, 12);
    }

    [Fact]
    public void Compute_ScenarioBAmongDecliners_MatchesTrialMethodsTable()
    {
        // trial-methods §3.4 scenario B counts patients with ŝ_pre < 0: 13.5% apparent slowing (simulated, ±0.5 pp).
        var r = RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(), -1, 0.6, 1.6, 0));

        Assert.InRange(r.ApparentSlowing!.Value, 0.130, 0.140);
    }

    [Fact]
    public void Compute_ThresholdSelectingNobody_ThrowsWithMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => RegressionToMeanCalculator.Compute(new RegressionToMeanInputs(C8Schedule(), -1, 0.6, 1.6, -100)));

        Assert.Contains("selects essentially nobody", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrePostSchedule_UnsortedTimes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PrePostSchedule([0, -1], [0, 1], BaselineSharing.Shared));
        Assert.Throws<ArgumentException>(() => new PrePostSchedule([0], [0, 1], BaselineSharing.Shared));
    }

    [Fact]
    public void PrePostSchedule_SharedBaseline_MergesTheCommonVisit()
    {
        var shared = C8Schedule();
        var separate = C8Schedule(BaselineSharing.Separate);

        Assert.Equal(10, shared.AssessmentCount);
        Assert.Equal(11, separate.AssessmentCount);
        // Weights of the shared visit: (0 − (−1.5))/5 in the lead-in slope, (0 − 3)/28 in the follow-up slope.
        Assert.Equal(0.3 * (-3.0 / 28), shared.ErrorCovariance(1), 12);
        Assert.Equal(0, separate.ErrorCovariance(1));
    }
}
