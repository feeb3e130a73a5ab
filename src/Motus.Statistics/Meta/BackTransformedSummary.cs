namespace Motus.Statistics.Meta;

/// <summary>
/// The pooled estimate and its intervals on the natural scale (proportion, risk ratio, odds ratio). Bounds are transformed
/// bound by bound; there is no standard error on this scale. R: <c>predict(fit, transf = …, targs = …)</c>.
/// </summary>
/// <param name="Transform">The back-transformation used.</param>
/// <param name="Estimate">Transformed pooled estimate.</param>
/// <param name="CiLower">Transformed lower confidence bound.</param>
/// <param name="CiUpper">Transformed upper confidence bound.</param>
/// <param name="PiLower">Transformed lower prediction bound; null when the fit has no prediction interval.</param>
/// <param name="PiUpper">Transformed upper prediction bound; null when the fit has no prediction interval.</param>
/// <param name="HarmonicMeanN">The harmonic-mean sample size used by the Freeman–Tukey inversion; null otherwise.</param>
public sealed record BackTransformedSummary(
    BackTransform Transform,
    double Estimate,
    double CiLower,
    double CiUpper,
    double? PiLower,
    double? PiUpper,
    double? HarmonicMeanN);
