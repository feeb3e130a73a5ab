namespace Motus.Analysis.Safety;

/// <summary>
/// An exposure-adjusted event rate: events per 100 patient-months, with the exact Poisson (Garwood) interval.
/// Exposure runs from each patient's first administration to the last contact; events are those with onset in it.
/// </summary>
/// <param name="Arm">Arm code, "(none)" or "(all)".</param>
/// <param name="Measure">What is counted (e.g. "Any adverse event").</param>
/// <param name="ExposedPatients">Patients with an administration (the others have no exposure).</param>
/// <param name="Events">Events with onset in the exposure window.</param>
/// <param name="PatientMonths">Total exposure, months of 30.4375 days.</param>
/// <param name="RatePer100PatientMonths">100 × events / patient-months; null when there is no exposure.</param>
/// <param name="Lower">Lower limit; null when there is no exposure.</param>
/// <param name="Upper">Upper limit; null when there is no exposure.</param>
public sealed record ExposureRateRow(string Arm, string Measure, int ExposedPatients, int Events, double PatientMonths, double? RatePer100PatientMonths,
    double? Lower, double? Upper);
