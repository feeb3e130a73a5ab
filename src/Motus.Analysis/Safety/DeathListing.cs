namespace Motus.Analysis.Safety;

/// <summary>One death, for the listing.</summary>
/// <param name="PatientCode">The patient.</param>
/// <param name="Arm">The arm, or "(none)".</param>
/// <param name="Date">Date of death.</param>
/// <param name="Cause">Recorded cause, or null.</param>
/// <param name="DaysSinceFirstAdministration">Days from the first administration; null when none.</param>
/// <param name="DaysSinceLastAdministration">Days from the latest administration on or before the death; null when none.</param>
/// <param name="FatalEvents">Verbatim terms of the patient's fatal (grade 5 or outcome fatal) adverse events.</param>
public sealed record DeathListing(string PatientCode, string Arm, DateOnly Date, string? Cause, int? DaysSinceFirstAdministration,
    int? DaysSinceLastAdministration, IReadOnlyList<string> FatalEvents);
