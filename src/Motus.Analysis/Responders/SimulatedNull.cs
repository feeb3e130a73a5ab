namespace Motus.Analysis.Responders;

/// <summary>
/// A null responder rate from simulated untreated patients with the study's entry rule, visit schedule and definition:
/// the slot the natural-history calibrator (Motus.Simulation) fills. It is the like-for-like null the published anchors
/// only approximate (trial-methods §3.4 and §3.6).
/// </summary>
/// <param name="Rate">Simulated probability that an untreated patient meets the responder definition, in [0, 1].</param>
/// <param name="SimulatedPatients">Number of simulated patients behind <paramref name="Rate"/>.</param>
/// <param name="Seed">The seed of the simulation, for reproduction.</param>
/// <param name="Model">The natural-history model and its parameters, in words.</param>
/// <param name="ExceedanceProbability">When whole studies of the observed size were simulated: the fraction with at least the observed number of responders; null otherwise.</param>
/// <param name="ExceedanceMonteCarloSe">Monte Carlo SE of <paramref name="ExceedanceProbability"/>; null with it.</param>
public sealed record SimulatedNull(
    double Rate,
    int SimulatedPatients,
    long Seed,
    string Model,
    double? ExceedanceProbability = null,
    double? ExceedanceMonteCarloSe = null);
