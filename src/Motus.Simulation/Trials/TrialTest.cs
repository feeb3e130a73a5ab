using Motus.Statistics.Design;
using Motus.Statistics.Distributions;

namespace Motus.Simulation.Trials;

// Turns an estimate, its standard error and a reference distribution (normal, or t with df) into the test decision and
// the confidence interval of the design. favourable = +1 when a positive estimate favours the active arm, −1 when a
// negative one does (log hazard ratio). One-sided tests reject only in the favourable direction; the interval then has
// level 1 − 2α so that it agrees with the test; two-sided tests and intervals have level 1 − α.
internal static class TrialTest
{
    public static ReplicateOutcome Decide(double estimate, double se, double? df, int favourable, TrialDesign design, bool notConverged = false, string? warning = null)
    {
        if (!(se > 0) || !double.IsFinite(estimate) || !double.IsFinite(se))
        {
            return ReplicateOutcome.Failure("the standard error is zero or not finite");
        }

        var statistic = estimate / se;
        var twoSided = design.Sidedness == Sidedness.TwoSided;
        var tail = twoSided ? design.Alpha / 2 : design.Alpha;
        var critical = df is { } d ? Dist.TUpperQuantile(tail, d) : Dist.NormalUpperQuantile(tail);
        var favouring = favourable * statistic;
        var rejected = twoSided ? Math.Abs(statistic) > critical : favouring > critical;
        var wrong = twoSided && rejected && favouring < 0;
        return new ReplicateOutcome(estimate, se, estimate - (critical * se), estimate + (critical * se), statistic, rejected, wrong, false, notConverged, warning);
    }

    /// <summary>A test without an estimate (CAFS): z with the favourable direction positive.</summary>
    public static ReplicateOutcome DecideZ(double z, TrialDesign design)
    {
        var twoSided = design.Sidedness == Sidedness.TwoSided;
        var critical = Dist.NormalUpperQuantile(twoSided ? design.Alpha / 2 : design.Alpha);
        var rejected = twoSided ? Math.Abs(z) > critical : z > critical;
        return new ReplicateOutcome(null, null, null, null, z, rejected, twoSided && rejected && z < 0, false, false, null);
    }
}
