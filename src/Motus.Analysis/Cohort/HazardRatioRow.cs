namespace Motus.Analysis.Cohort;

/// <summary>One term of a Cox model (R: a row of <c>summary(coxph(…))</c>). Null fields: not estimable (see <see cref="Status"/>).</summary>
/// <param name="Name">Term: <c>arm[CODE]</c> (vs the control arm) or a covariate name.</param>
/// <param name="Estimate">log hazard ratio.</param>
/// <param name="StdErr">Standard error used for inference (robust when the fit is robust).</param>
/// <param name="HazardRatio">exp(estimate).</param>
/// <param name="Lower">Lower confidence limit of the hazard ratio.</param>
/// <param name="Upper">Upper confidence limit of the hazard ratio.</param>
/// <param name="PValue">Two-sided Wald p-value.</param>
/// <param name="Status">Estimated, Aliased or MayBeInfinite.</param>
public sealed record HazardRatioRow(string Name, double? Estimate, double? StdErr, double? HazardRatio, double? Lower, double? Upper, double? PValue, string Status);
