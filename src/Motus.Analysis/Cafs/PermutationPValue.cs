namespace Motus.Analysis.Cafs;

/// <summary>The permutation p-values of the joint-rank statistic T.</summary>
/// <param name="Kind">Exact or Monte Carlo.</param>
/// <param name="TwoSided">P(|T*| ≥ |T|) under random relabeling.</param>
/// <param name="OneSided">P(T* ≥ T): evidence that the treated arm did better.</param>
/// <param name="Relabelings">C(N, n₁) for the exact distribution, or the number of Monte Carlo relabelings.</param>
/// <param name="MonteCarloStdErr">√(p(1 − p)/R) of the two-sided p-value for Monte Carlo; null when exact.</param>
/// <param name="Seed">The Monte Carlo seed; null when exact.</param>
public sealed record PermutationPValue(PermutationKind Kind, double TwoSided, double OneSided, double Relabelings, double? MonteCarloStdErr, int? Seed);
