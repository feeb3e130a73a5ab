namespace Motus.Statistics.Design;

/// <summary>
/// Patients needed to observe a required number of events, N = D / P(event), split by the allocation ratio.
/// </summary>
/// <param name="Total">N = D / P(event), not rounded.</param>
/// <param name="Group1">N·k/(1+k).</param>
/// <param name="Group2">N/(1+k).</param>
/// <param name="Group1Ceiling">Group 1 rounded up.</param>
/// <param name="Group2Ceiling">Group 2 rounded up.</param>
/// <param name="Events">The required number of events D.</param>
/// <param name="EventProbability">P(event during follow-up), averaged over arms with weights k/(1+k) and 1/(1+k).</param>
/// <param name="AllocationRatio">k = n₁/n₂.</param>
public sealed record SurvivalSampleSize(
    double Total, double Group1, double Group2, int Group1Ceiling, int Group2Ceiling, double Events, double EventProbability, double AllocationRatio);
