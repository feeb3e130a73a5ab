using Motus.Statistics.Survival;

namespace Motus.Analysis.Cohort;

/// <summary>The Kaplan–Meier curve of one arm.</summary>
/// <param name="ArmCode">The arm.</param>
/// <param name="Patients">Patients analysed in the arm.</param>
/// <param name="Events">Events in the arm.</param>
/// <param name="Median">Median time to the endpoint in months with its confidence interval (R: <c>quantile(fit, 0.5)</c>); null fields when not reached.</param>
/// <param name="Points">The curve, one row per distinct event or censoring time.</param>
public sealed record ArmSurvivalCurve(string ArmCode, int Patients, int Events, SurvivalQuantile Median, IReadOnlyList<SurvivalPoint> Points);
