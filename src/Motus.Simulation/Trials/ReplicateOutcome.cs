namespace Motus.Simulation.Trials;

// The result of one analysis of one simulated trial. Estimate is on the analysis' own scale (points/month, log hazard
// ratio, risk difference; null for CAFS). Failed = the analysis could not be computed (counted as not rejecting).
internal readonly record struct ReplicateOutcome(
    double? Estimate,
    double? StandardError,
    double? Lower,
    double? Upper,
    double? Statistic,
    bool Rejected,
    bool WrongDirection,
    bool Failed,
    bool NotConverged,
    string? Warning)
{
    public static ReplicateOutcome Failure(string warning) => new(null, null, null, null, null, false, false, true, false, warning);
}
