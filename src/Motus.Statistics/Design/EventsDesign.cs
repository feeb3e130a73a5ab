namespace Motus.Statistics.Design;

/// <summary>
/// Number of events a log-rank test needs, with every input echoed.
/// R: <c>rpact::getSampleSizeSurvival(hazardRatio, alpha, beta = 1 - power, sided, allocationRatioPlanned, typeOfComputation)$eventsFixed</c>.
/// </summary>
/// <param name="Events">Required number of events D (not rounded).</param>
/// <param name="EventsCeiling">D rounded up.</param>
/// <param name="HazardRatio">Hazard ratio arm 1 / arm 2 under the alternative.</param>
/// <param name="Alpha">Significance level.</param>
/// <param name="Power">Power.</param>
/// <param name="Sidedness">One-sided (z_{1−α}) or two-sided (z_{1−α/2}).</param>
/// <param name="AllocationRatio">k = n₁/n₂ (arm 1 is the arm whose hazard is HR times arm 2's).</param>
/// <param name="Formula">Schoenfeld or Freedman.</param>
public sealed record EventsDesign(
    double Events, int EventsCeiling, double HazardRatio, double Alpha, double Power, Sidedness Sidedness, double AllocationRatio, EventsFormula Formula);
