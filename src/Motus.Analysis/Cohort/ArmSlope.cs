namespace Motus.Analysis.Cohort;

/// <summary>
/// The mean ALSFRS-R slope of one arm from the mixed model, points/month, with its Satterthwaite t interval. For the
/// control arm it is the <c>months</c> coefficient; for another arm the contrast <c>months + months:arm[X]</c>.
/// R: <c>lmerTest::contest1D(fit, L)</c>.
/// </summary>
/// <param name="ArmCode">The arm.</param>
/// <param name="Patients">Patients with at least one rating in the model.</param>
/// <param name="Ratings">Ratings in the model.</param>
/// <param name="Slope">Mean slope, points/month (negative = decline).</param>
/// <param name="StdErr">Its standard error.</param>
/// <param name="Df">Satterthwaite degrees of freedom.</param>
/// <param name="Lower">Lower confidence limit (t with <paramref name="Df"/>).</param>
/// <param name="Upper">Upper confidence limit.</param>
public sealed record ArmSlope(string ArmCode, int Patients, int Ratings, double Slope, double StdErr, double Df, double Lower, double Upper);
