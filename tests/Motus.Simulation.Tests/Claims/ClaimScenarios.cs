using Motus.Simulation.Claims;
using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Tests.Claims;

/// <summary>The scenarios of trial-methods §3.4 and check C9, as claims and null models.</summary>
internal static class ClaimScenarios
{
    public static readonly double[] MonthlyLeadIn = [-3, -2, -1, 0];
    public static readonly double[] TwoPointLeadIn = [-3, 0];
    public static readonly double[] MonthlyPost6 = [0, 1, 2, 3, 4, 5, 6];

    public static Claim Relative(double[] pre, double[] post, double threshold = 0.25, EntryRule? entry = null, int n = 19, int responders = 15) =>
        new(n, responders, new ResponderDefinition(ResponderCriterion.RelativeSlowing, threshold), new PrePostSchedule(pre, post, BaselineSharing.Shared), entry ?? EntryRule.Everyone);

    public static LinearGaussianTrajectoryModel Model(double residualSd = 1.6, double slopeSd = 0.6) => new(-1, slopeSd, residualSd);

    public static ClaimCheckSettings Settings(long patients = 200_000, int studies = 0, int threads = 2, long seed = 1) =>
        new(patients, studies, seed, threads, [], []);
}
