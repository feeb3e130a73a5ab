namespace Motus.Simulation.Randomisation;

/// <summary>A generated randomisation list.</summary>
/// <param name="Factors">Stratification factor names, in the order of <see cref="AllocationEntry.Stratum"/>.</param>
/// <param name="Entries">The allocations, stratum by stratum (strata in the order of the factors' levels), then by position.</param>
/// <param name="Method">The method and its parameters, in words.</param>
/// <param name="Seed">The seed.</param>
public sealed record AllocationList(IReadOnlyList<string> Factors, IReadOnlyList<AllocationEntry> Entries, string Method, long Seed);
