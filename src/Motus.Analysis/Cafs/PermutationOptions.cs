namespace Motus.Analysis.Cafs;

/// <summary>How the permutation p-value of the joint-rank test is obtained.</summary>
public sealed record PermutationOptions
{
    /// <summary>The largest N the exact distribution may have (128, so that every subset count fits in 128 bits).</summary>
    public const int ExactLimitCeiling = 128;

    /// <summary>The defaults: exact up to N = 100, else 100,000 Monte Carlo relabelings with seed 1.</summary>
    public static PermutationOptions Default { get; } = new();

    /// <summary>
    /// The exact permutation distribution is computed when N ≤ this (default 100; at most <see cref="ExactLimitCeiling"/>).
    /// Its cost grows as N·n₁·(range of sums), about 5·10⁷ additions at N = 100. 0 always uses Monte Carlo.
    /// </summary>
    public int ExactMaxSubjects { get; init; } = 100;

    /// <summary>Monte Carlo relabelings when N exceeds the exact limit; default 100,000 (MC SE ≤ 0.0016).</summary>
    public int MonteCarloReplicates { get; init; } = 100_000;

    /// <summary>Seed of the Monte Carlo relabelings (System.Random); default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value outside its range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ExactMaxSubjects, nameof(ExactMaxSubjects));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ExactMaxSubjects, ExactLimitCeiling, nameof(ExactMaxSubjects));
        ArgumentOutOfRangeException.ThrowIfLessThan(MonteCarloReplicates, 1, nameof(MonteCarloReplicates));
    }
}
