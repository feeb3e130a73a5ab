namespace Motus.Analysis.Cafs;

/// <summary>How a permutation p-value was obtained.</summary>
public enum PermutationKind
{
    /// <summary>From the exact distribution over all C(N, n₁) relabelings.</summary>
    Exact = 1,

    /// <summary>From seeded random relabelings (Monte Carlo).</summary>
    MonteCarlo = 2,
}
