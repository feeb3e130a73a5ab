namespace Motus.Simulation.Randomisation;

/// <summary>A stratification factor and its levels, e.g. onset = bulbar, limb.</summary>
/// <param name="Name">Factor name.</param>
/// <param name="Levels">Distinct level names, at least one.</param>
public sealed record StratificationFactor(string Name, IReadOnlyList<string> Levels);
