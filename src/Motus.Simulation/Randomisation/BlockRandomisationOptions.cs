namespace Motus.Simulation.Randomisation;

/// <summary>A stratified permuted-block randomisation list (trial-methods §4.1, standard method [U]).</summary>
/// <param name="Allocation">Arms and ratio.</param>
/// <param name="BlockSizes">Allowed block sizes, each a multiple of the ratio sum (e.g. 4, 8 for 3:1); one is drawn uniformly for every block.</param>
/// <param name="Strata">Stratification factors; one independent list per combination of levels; empty for an unstratified list.</param>
/// <param name="PerStratum">Allocations per stratum (the last block may be cut short, as when enrolment stops mid-block).</param>
/// <param name="Seed">Seed, not negative; stratum k draws from RandomStream.ForReplicate(seed, k).</param>
public sealed record BlockRandomisationOptions(ArmAllocation Allocation, IReadOnlyList<int> BlockSizes, IReadOnlyList<StratificationFactor> Strata, int PerStratum, long Seed);
