namespace Motus.Analysis.Staging;

/// <summary>
/// A patient's King's and MiToS stages at every current ALSFRS-R rating (and at death), with the time spent in each
/// stage. A stage is taken to hold from the date it was observed until the next point (the next rating or death); time
/// after the last point is open and not counted (<see cref="OpenSince"/>).
/// </summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Points">Stages in date order, the death last.</param>
/// <param name="KingsDurations">Time in each King's stage, in order of first observation.</param>
/// <param name="MitosDurations">Time in each MiToS stage, in order of first observation.</param>
/// <param name="OpenSince">Date of the last point, from which time is not counted; null without points or when the last point is death.</param>
/// <param name="Warnings">Stages that went down between ratings, points not determined, ratings left out.</param>
/// <param name="Method">The staging rules and the time rule.</param>
public sealed record StagingTimelineResult(
    string PatientCode,
    IReadOnlyList<StagePoint> Points,
    IReadOnlyList<StageDuration> KingsDurations,
    IReadOnlyList<StageDuration> MitosDurations,
    DateOnly? OpenSince,
    IReadOnlyList<string> Warnings,
    string Method);
