namespace Motus.Analysis.Responders;

/// <summary>The observed responder count against a <see cref="SimulatedNull"/>.</summary>
/// <param name="Null">The simulated null.</param>
/// <param name="BinomialPValue">P(X ≥ k | n, simulated rate), exact binomial.</param>
/// <param name="SimulatedPValue">The simulation's own exceedance probability, when it simulated whole studies; null otherwise.</param>
public sealed record SimulatedNullComparison(SimulatedNull Null, double BinomialPValue, double? SimulatedPValue);
