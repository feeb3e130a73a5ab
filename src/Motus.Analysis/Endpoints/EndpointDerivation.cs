namespace Motus.Analysis.Endpoints;

/// <summary>A composite endpoint derived for every patient of a cohort.</summary>
/// <param name="Method">The endpoint definition, clock, time unit and censoring rule, in words.</param>
/// <param name="Endpoint">The endpoint definition in words.</param>
/// <param name="Origin">The clock.</param>
/// <param name="Outcomes">One outcome per current patient, in input order.</param>
/// <param name="Events">Patients with an event.</param>
/// <param name="Censored">Patients censored.</param>
/// <param name="NotAnalysable">Patients with an event before the origin, no origin or no follow-up.</param>
public sealed record EndpointDerivation(
    string Method,
    string Endpoint,
    TimeOrigin Origin,
    IReadOnlyList<EndpointOutcome> Outcomes,
    int Events,
    int Censored,
    int NotAnalysable);
