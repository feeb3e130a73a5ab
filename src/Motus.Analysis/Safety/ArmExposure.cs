namespace Motus.Analysis.Safety;

/// <summary>Population and exposure of one arm.</summary>
/// <param name="Arm">Arm code, "(none)" or "(all)".</param>
/// <param name="Patients">Patients in the safety population (the denominators).</param>
/// <param name="TreatedPatients">Patients with at least one administration.</param>
/// <param name="Administrations">Current administrations.</param>
/// <param name="PatientMonths">Exposure from first administration to last contact, months of 30.4375 days.</param>
public sealed record ArmExposure(string Arm, int Patients, int TreatedPatients, int Administrations, double PatientMonths);
