namespace Motus.Analysis.Prognosis;

/// <summary>
/// The predictors of the ENCALS survival model (Westeneng et al., Lancet Neurol 2018;17:423–433), in the units of the
/// public code the coefficients come from (rpavaneijk/Precision-ALS, als-methods §4.2).
/// </summary>
/// <param name="DeltaFs">Progression rate ΔFS = (48 − ALSFRS-R)/months since onset, points/month, ≥ 0 (positive = decline).</param>
/// <param name="DiagnosticDelayMonths">Months from symptom onset to diagnosis, &gt; 0.</param>
/// <param name="AgeAtOnsetYears">Age at symptom onset, years, &gt; 0.</param>
/// <param name="VitalCapacityPercent">Vital capacity, % of predicted (FVC or SVC), &gt; 0.</param>
/// <param name="BulbarOnset">Bulbar onset.</param>
/// <param name="DefiniteAls">Definite ALS by the revised El Escorial criteria.</param>
/// <param name="Ftd">Frontotemporal dementia.</param>
/// <param name="C9orf72">C9orf72 repeat expansion; null when unknown (allowed only with a coefficient set without C9orf72).</param>
public sealed record EncalsPredictors(
    double DeltaFs,
    double DiagnosticDelayMonths,
    double AgeAtOnsetYears,
    double VitalCapacityPercent,
    bool BulbarOnset,
    bool DefiniteAls,
    bool Ftd,
    bool? C9orf72);
