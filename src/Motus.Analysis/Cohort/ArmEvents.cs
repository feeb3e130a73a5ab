namespace Motus.Analysis.Cohort;

/// <summary>Observed and expected events of one arm in a log-rank test (R: <c>survdiff</c>'s <c>obs</c> and <c>exp</c>).</summary>
/// <param name="ArmCode">The arm.</param>
/// <param name="Patients">Patients in the arm.</param>
/// <param name="Observed">Observed events.</param>
/// <param name="Expected">Expected events under equal hazards.</param>
public sealed record ArmEvents(string ArmCode, int Patients, double Observed, double Expected);
