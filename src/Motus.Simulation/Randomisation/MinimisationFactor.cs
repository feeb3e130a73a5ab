namespace Motus.Simulation.Randomisation;

/// <summary>A minimisation factor and its weight w_f in the imbalance score.</summary>
/// <param name="Name">Factor name (a column of the patients file).</param>
/// <param name="Weight">w_f &gt; 0 (default 1 in the CLI).</param>
public sealed record MinimisationFactor(string Name, double Weight);
