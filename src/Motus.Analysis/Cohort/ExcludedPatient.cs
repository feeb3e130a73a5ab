namespace Motus.Analysis.Cohort;

/// <summary>A patient left out of an analysis, and why.</summary>
/// <param name="PatientCode">The patient's pseudonymous code.</param>
/// <param name="Reason">Why the patient was not analysed (e.g. "no arm allocated", "event before origin: …").</param>
public sealed record ExcludedPatient(string PatientCode, string Reason);
