namespace Motus.Analysis.Cohort;

/// <summary>
/// One term of a Cox model (R: a row of <c>summary(coxph(…))</c>). Null fields: not estimable (see <see cref="Status"/>), or,
/// for the hazard ratio and its limits, too large to represent (exp overflows for a coefficient that may be infinite).
/// </summary>
/// <param name="Name">Term: <c>arm[CODE]</c> (vs the control arm) or a covariate name.</param>
/// <param name="Estimate">log hazard ratio.</param>
/// <param name="StdErr">Standard error used for inference (robust when the fit is robust).</param>
/// <param name="HazardRatio">exp(estimate).</param>
/// <param name="Lower">Lower confidence limit of the hazard ratio.</param>
/// <param name="Upper">Upper confidence limit of the hazard ratio.</param>
/// <param name="PValue">Two-sided Wald p-value.</param>
/// <param name="Status">Estimated, Aliased or MayBeInfinite.</param>
public sealed record HazardRatioRow(string Name, double? Estimate, double? StdErr, double? HazardRatio, double? Lower, double? Upper, double? PValue, string Status);
