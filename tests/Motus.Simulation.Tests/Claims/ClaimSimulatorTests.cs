using Motus.Simulation.Claims;
using Motus.Simulation.Common;
using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Tests.Claims;

public sealed class ClaimSimulatorTests
{
    private sealed class FailingModel : IUntreatedTrajectoryModel
    {
        public string Name => "failing";
        public string Description => "throws";
        public IReadOnlyList<string> Assumptions => [];
        public void Simulate(RandomStream random, ReadOnlySpan<double> times, Span<double> scores) => throw new InvalidOperationException("model broke");
        public IUntreatedTrajectoryModel? WithVariability(double residualSd, double slopeSd) => null;
    }

    // A model that is a fixed straight line without noise: every patient's slopes are exactly the line's slope.
    private sealed class NoiselessLine(double slope) : IUntreatedTrajectoryModel
    {
        public string Name => "line";
        public string Description => "noiseless";
        public IReadOnlyList<string> Assumptions => [];
        public void Simulate(RandomStream random, ReadOnlySpan<double> times, Span<double> scores)
        {
            for (var j = 0; j < times.Length; j++)
            {
                scores[j] = 40 + (slope * times[j]);
            }
        }

        public IUntreatedTrajectoryModel? WithVariability(double residualSd, double slopeSd) => null;
    }

    private static readonly PrePostSchedule Schedule = new([-3, -2, -1, 0], [0, 1, 2, 3], BaselineSharing.Shared);
    private static readonly ResponderDefinition Slowing = new(ResponderCriterion.RelativeSlowing, 0.25);

    [Fact]
    public void SimulatePatients_ModelThrows_OriginalExceptionNotAggregate()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            ClaimSimulator.SimulatePatients(new FailingModel(), Schedule, EntryRule.Everyone, Slowing, 10_000, 1, 2));

        Assert.Equal("model broke", e.Message);
    }

    [Fact]
    public void SimulatePatients_NoiselessDecline_NoResponderAndExactSlopes()
    {
        var s = ClaimSimulator.SimulatePatients(new NoiselessLine(-1), Schedule, EntryRule.Parse("lead-in-decline>=3"), Slowing, 5_000, 1, 2);

        Assert.Equal(5_000, s.Entered); // decline exactly 3 points over the lead-in
        Assert.Equal(5_000, s.Evaluable);
        Assert.Equal(0, s.Responders);
        Assert.Equal(-5_000, s.SumPreSlope, 1e-6);
        Assert.Equal(-5_000, s.SumPostSlope, 1e-6);
    }

    [Fact]
    public void Run_NoGridModel_WarnsAndOmitsGrid()
    {
        var claim = new Claim(19, 15, Slowing, Schedule, EntryRule.Everyone);

        var result = ClaimCheck.Run(claim, new NoiselessLine(-1), new ClaimCheckSettings(1_000, 0, 1, 1, [1.0], [0.6]));

        Assert.Empty(result.Grid);
        Assert.Contains(result.Warnings, w => w.Contains("no sensitivity grid", StringComparison.Ordinal));
        Assert.Null(result.Analytic); // only the linear Gaussian model has exact moments
        Assert.Equal(0, result.NullRate);
        Assert.Equal(0, result.ApparentSlowing!.Value, 12);
    }
}
