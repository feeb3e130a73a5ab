namespace Motus.Statistics.Design;

/// <summary>Probabilities of stopping at each look under a given drift, from the recursive integration.</summary>
/// <param name="Drift">θ = E[Z] at full information (θ√t_k at look k); 0 is the null hypothesis.</param>
/// <param name="Upper">P(first crossing is of the upper boundary at look k).</param>
/// <param name="Lower">P(first crossing is of the lower boundary −c_k at look k); zeros for one-sided designs.</param>
public sealed record BoundaryCrossingProbabilities(double Drift, IReadOnlyList<double> Upper, IReadOnlyList<double> Lower)
{
    /// <summary>Σ_k Upper[k]: the power in the direction of the effect (or α under the null for a one-sided design).</summary>
    public double TotalUpper => Upper.Sum();

    /// <summary>Σ_k Lower[k].</summary>
    public double TotalLower => Lower.Sum();
}
