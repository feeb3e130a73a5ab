namespace Motus.Application.Analyses;

/// <summary>How far the loading of a study's patients has got, for a progress bar.</summary>
/// <param name="Loaded">Patients loaded so far.</param>
/// <param name="Total">Patients to load.</param>
public sealed record CohortLoadProgress(int Loaded, int Total);
