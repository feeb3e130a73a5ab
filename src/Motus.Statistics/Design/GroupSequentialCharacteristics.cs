namespace Motus.Statistics.Design;

/// <summary>
/// Drift and sample-size inflation of a group-sequential design for a target power.
/// R: <c>rpact::getDesignCharacteristics(design)</c> (<c>shift</c>, <c>inflationFactor</c>, <c>rejectionProbabilities</c>, <c>power</c>).
/// </summary>
/// <param name="Power">Target power (rejection in the direction of the effect).</param>
/// <param name="Drift">θ with Σ_k P_θ(upper crossing at k) = power.</param>
/// <param name="Shift">θ² (rpact <c>shift</c>).</param>
/// <param name="FixedDesignDrift">z_{1−α} + z_{1−β} (z_{1−α/2} for two-sided): the drift of the fixed design.</param>
/// <param name="InflationFactor">(θ / fixed-design drift)²: maximum sample size over the fixed design's (rpact <c>inflationFactor</c>).</param>
/// <param name="RejectionProbabilities">P_θ(upper crossing at look k) (rpact <c>rejectionProbabilities</c>).</param>
/// <param name="CumulativePower">Running sums of <paramref name="RejectionProbabilities"/> (rpact <c>power</c>).</param>
public sealed record GroupSequentialCharacteristics(
    double Power,
    double Drift,
    double Shift,
    double FixedDesignDrift,
    double InflationFactor,
    IReadOnlyList<double> RejectionProbabilities,
    IReadOnlyList<double> CumulativePower);
