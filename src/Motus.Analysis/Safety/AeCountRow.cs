using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>
/// Adverse events of one arm within a category (or all categories) and, in the relatedness tables, one relatedness
/// class: patients counted once at their worst grade, and events.
/// </summary>
/// <param name="Arm">Arm code, "(none)" for patients without an arm, "(all)" for every patient.</param>
/// <param name="Category">The category, or null for all categories.</param>
/// <param name="Relatedness">The relatedness class, or null in the table that ignores relatedness.</param>
/// <param name="Patients">Patients with at least one such event, with the Clopper–Pearson interval over the arm's patients.</param>
/// <param name="Events">Number of such events.</param>
/// <param name="ByGrade">Grades 1–5 (and "not graded" when present): patients at their worst grade, events at their own grade.</param>
public sealed record AeCountRow(string Arm, AeCategory? Category, RelatednessClass? Relatedness, Incidence Patients, int Events, IReadOnlyList<GradeCount> ByGrade);
