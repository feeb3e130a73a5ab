namespace Motus.Simulation.Trials;

/// <summary>A quantity estimated from simulated trials, with its Monte Carlo standard error.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Monte Carlo SE: √(p(1 − p)/R) for a proportion, SD/√R for a mean.</param>
public sealed record MonteCarloValue(double Value, double StandardError);
