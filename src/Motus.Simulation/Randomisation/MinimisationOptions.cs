namespace Motus.Simulation.Randomisation;

/// <summary>Pocock–Simon minimisation settings (trial-methods §4.1).</summary>
/// <param name="Arms">Arm names (equal allocation), at least two.</param>
/// <param name="Factors">Factors and weights.</param>
/// <param name="PreferredArmProbability">p: probability of assigning the arm with the smallest imbalance (CLI default 0.8; 1 = deterministic minimisation); otherwise one of the other arms uniformly.</param>
/// <param name="Seed">Seed, not negative.</param>
public sealed record MinimisationOptions(IReadOnlyList<string> Arms, IReadOnlyList<MinimisationFactor> Factors, double PreferredArmProbability, long Seed);
