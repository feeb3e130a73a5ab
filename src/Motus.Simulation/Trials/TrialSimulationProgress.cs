namespace Motus.Simulation.Trials;

/// <summary>Progress of a trial simulation.</summary>
/// <param name="Stage">"true values" (the large trial) or "simulating trials".</param>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in the stage.</param>
public sealed record TrialSimulationProgress(string Stage, int Done, int Total);
