namespace Motus.Statistics.Survival;

/// <summary>
/// One Cox regression coefficient with its inference, as a row of <c>summary(coxph(…))</c>. Null fields mean "not
/// estimable" (R's NA); <see cref="Status"/> says why.
/// </summary>
/// <param name="Name">Covariate name.</param>
/// <param name="Estimate">log hazard ratio β per unit of the covariate. R: <c>coef</c>.</param>
/// <param name="StdErr">Model-based standard error from the inverse information. R: <c>se(coef)</c>.</param>
/// <param name="RobustStdErr">Sandwich standard error when the fit is robust, else null. R: <c>robust se</c>.</param>
/// <param name="Z">Wald z = β / SE, using the robust SE when present. R: <c>z</c>.</param>
/// <param name="PValue">Two-sided p-value for z. R: <c>Pr(&gt;|z|)</c>.</param>
/// <param name="HazardRatio">exp(β). R: <c>exp(coef)</c>.</param>
/// <param name="HazardRatioLower">exp(β − z·SE) at the fit's confidence level (robust SE when present). R: <c>lower .95</c>.</param>
/// <param name="HazardRatioUpper">exp(β + z·SE). R: <c>upper .95</c>.</param>
/// <param name="Status">Estimated, aliased (not estimable) or possibly infinite.</param>
public sealed record CoxCoefficient(
    string Name,
    double? Estimate,
    double? StdErr,
    double? RobustStdErr,
    double? Z,
    double? PValue,
    double? HazardRatio,
    double? HazardRatioLower,
    double? HazardRatioUpper,
    CoefficientStatus Status);
