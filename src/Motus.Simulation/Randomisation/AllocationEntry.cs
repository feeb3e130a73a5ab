namespace Motus.Simulation.Randomisation;

/// <summary>One line of a randomisation list.</summary>
/// <param name="Stratum">The stratum's level of each factor, in factor order (empty when unstratified).</param>
/// <param name="Position">1-based position within the stratum's list.</param>
/// <param name="Block">1-based block number within the stratum.</param>
/// <param name="BlockSize">Size of that block.</param>
/// <param name="Arm">Allocated arm.</param>
public sealed record AllocationEntry(IReadOnlyList<string> Stratum, int Position, int Block, int BlockSize, string Arm);
