namespace Motus.Analysis.Safety;

/// <summary>Counts at one CTCAE grade within a table row.</summary>
/// <param name="Grade">CTCAE grade 1–5, or null for events recorded without a grade.</param>
/// <param name="Patients">Patients whose worst grade among the row's events is this grade (patients with only ungraded events: null).</param>
/// <param name="Events">Events of this grade.</param>
public sealed record GradeCount(int? Grade, int Patients, int Events);
