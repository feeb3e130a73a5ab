namespace Motus.Analysis.Prognosis;

/// <summary>A point of a predicted survival curve.</summary>
/// <param name="MonthsSinceOnset">Time since symptom onset, months.</param>
/// <param name="Survival">Predicted probability of being event-free (alive without tracheostomy or NIV &gt; 23 h/day) at that time.</param>
public sealed record SurvivalPoint(double MonthsSinceOnset, double Survival);
