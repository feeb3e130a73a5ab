namespace Motus.Application.Analyses;

/// <summary>Per-patient OLS slopes of a study with their summary.</summary>
/// <param name="Method">The estimator and its choices (from the Analysis API).</param>
/// <param name="Window">The dates whose ratings were used.</param>
/// <param name="OnsetAnchored">True when each fit included the pseudo-visit (onset, 48).</param>
/// <param name="Summary">The distribution of the estimable slopes.</param>
/// <param name="Patients">One slope per patient, in code order.</param>
public sealed record SlopesResult(string Method, string Window, bool OnsetAnchored, SlopeSummary Summary, IReadOnlyList<PatientSlope> Patients);
