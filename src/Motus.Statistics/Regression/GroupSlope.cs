namespace Motus.Statistics.Regression;

/// <summary>
/// The least-squares line y = a + b·t of one group (patient). R: <c>coef(summary(lm(y ~ t, subset = g == key)))</c>.
/// Values that cannot be estimated are null; <see cref="Status"/> says why.
/// </summary>
/// <typeparam name="TKey">The group key type.</typeparam>
/// <param name="Group">The group key.</param>
/// <param name="Count">Number of observations in the group.</param>
/// <param name="Slope">b = Σ(t − t̄)(y − ȳ) / Σ(t − t̄)², in y units per t unit; null for <see cref="SlopeStatus.SingleObservation"/> and <see cref="SlopeStatus.NoTimeSpread"/>.</param>
/// <param name="StandardError">√(σ̂² / Σ(t − t̄)²); null unless <see cref="SlopeStatus.Estimated"/>.</param>
/// <param name="Intercept">a = ȳ − b·t̄, the fitted value at t = 0; null when the slope is.</param>
/// <param name="ResidualSd">σ̂ = √(RSS / (n − 2)); null unless <see cref="SlopeStatus.Estimated"/>.</param>
/// <param name="FirstTime">Smallest t in the group.</param>
/// <param name="LastTime">Largest t in the group.</param>
/// <param name="Status">Whether the slope and its standard error could be estimated.</param>
public readonly record struct GroupSlope<TKey>(
    TKey Group,
    int Count,
    double? Slope,
    double? StandardError,
    double? Intercept,
    double? ResidualSd,
    double FirstTime,
    double LastTime,
    SlopeStatus Status)
{
    /// <summary>Follow-up span LastTime − FirstTime (0 for one observation).</summary>
    public double TimeSpan => LastTime - FirstTime;
}
