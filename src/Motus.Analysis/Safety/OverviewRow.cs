namespace Motus.Analysis.Safety;

/// <summary>One line of the safety overview of an arm: patients with at least one event of a kind, and the events.</summary>
/// <param name="Arm">Arm code, "(none)" or "(all)".</param>
/// <param name="Measure">What is counted (e.g. "Serious adverse event").</param>
/// <param name="Patients">Patients with at least one, with the Clopper–Pearson interval over the arm's patients.</param>
/// <param name="Events">Number of events (deaths for "Death, any cause").</param>
public sealed record OverviewRow(string Arm, string Measure, Incidence Patients, int Events);
