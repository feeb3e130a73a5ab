namespace Motus.Analysis.Progression;

/// <summary>
/// A per-patient least-squares slope of the ALSFRS-R total on time, in points per month (negative = decline). When fewer
/// than two visits at different dates are available the slope is not estimable: <see cref="Slope"/> is null and
/// <see cref="NotEstimableReason"/> says why. With exactly two points the slope is the line through both and the standard
/// error is null (0 residual degrees of freedom).
/// </summary>
/// <param name="Window">The dates whose visits were used.</param>
/// <param name="TimeOrigin">Date at which time = 0 months (the intercept is the fitted total there).</param>
/// <param name="Slope">b = Σ(t − t̄)(y − ȳ) / Σ(t − t̄)², points/month; null when not estimable.</param>
/// <param name="StandardError">√(σ̂² / Σ(t − t̄)²); null unless at least three points.</param>
/// <param name="Intercept">Fitted total at <see cref="TimeOrigin"/>; null when the slope is.</param>
/// <param name="ResidualSd">σ̂ = √(RSS / (n − 2)); null unless at least three points.</param>
/// <param name="PointCount">Number of points fitted (the onset anchor included).</param>
/// <param name="SpanMonths">Months between the first and the last point (0 for fewer than two).</param>
/// <param name="FirstDate">Date of the first point; null when there is none.</param>
/// <param name="LastDate">Date of the last point; null when there is none.</param>
/// <param name="Points">The points fitted, in date order.</param>
/// <param name="NotEstimableReason">Why the slope is null; null when estimable.</param>
/// <param name="Warnings">Excluded visits, a missing standard error and other caveats.</param>
/// <param name="Method">The estimator and its choices.</param>
public sealed record SlopeEstimate(
    string Window,
    DateOnly TimeOrigin,
    double? Slope,
    double? StandardError,
    double? Intercept,
    double? ResidualSd,
    int PointCount,
    double SpanMonths,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    IReadOnlyList<SlopePoint> Points,
    string? NotEstimableReason,
    IReadOnlyList<string> Warnings,
    string Method)
{
    /// <summary>True when <see cref="Slope"/> is given.</summary>
    public bool Estimable => Slope.HasValue;
}
