namespace Motus.Simulation.Claims;

/// <summary>Progress of a claim check.</summary>
/// <param name="Phase">What is being simulated ("patients", "studies", "sensitivity grid").</param>
/// <param name="Done">Units finished in this phase.</param>
/// <param name="Total">Units in this phase.</param>
public readonly record struct ClaimCheckProgress(string Phase, long Done, long Total);
