namespace Motus.Simulation.Trials;

/// <summary>The operating characteristics of a design. Identical for a given design and seed whatever the number of threads.</summary>
/// <param name="Design">Design name.</param>
/// <param name="Method">Every choice of the simulation, in words.</param>
/// <param name="Replicates">Simulated trials.</param>
/// <param name="Seed">Seed.</param>
/// <param name="NullDesign">True when there is no treatment effect (rejection rates are type-I errors).</param>
/// <param name="PatientsPerTrial">Randomised patients per trial (control + active).</param>
/// <param name="Screened">Simulated patients screened over all trials.</param>
/// <param name="Enrolled">Patients enrolled over all trials.</param>
/// <param name="ScreenFailureRate">1 − enrolled/screened.</param>
/// <param name="ScreenFailuresByCriterion">Screen failures by the first criterion failed (criteria checked in a fixed order).</param>
/// <param name="Analyses">One entry per analysis, in design order.</param>
public sealed record TrialSimulationResult(
    string Design,
    string Method,
    int Replicates,
    ulong Seed,
    bool NullDesign,
    int PatientsPerTrial,
    long Screened,
    long Enrolled,
    double ScreenFailureRate,
    IReadOnlyDictionary<string, long> ScreenFailuresByCriterion,
    IReadOnlyList<AnalysisCharacteristics> Analyses);
