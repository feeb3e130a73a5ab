namespace Motus.Analysis.Prognosis;

/// <summary>The ENCALS predictors read from a patient record, or every reason they could not be.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Predictors">The predictors; null when any error occurred.</param>
/// <param name="ReferenceDate">The date the ALSFRS-R and VC were matched to.</param>
/// <param name="AlsfrsDate">Date of the ALSFRS-R rating used for ΔFS.</param>
/// <param name="VitalCapacityDate">Date of the vital-capacity test used.</param>
/// <param name="Errors">Every missing or unusable input; empty when <see cref="Predictors"/> is given.</param>
/// <param name="Warnings">Approximations (age from year of birth, ΔFS not at diagnosis, limb-and-bulbar onset).</param>
/// <param name="Method">How each predictor was derived.</param>
public sealed record EncalsInputs(
    string PatientCode,
    EncalsPredictors? Predictors,
    DateOnly? ReferenceDate,
    DateOnly? AlsfrsDate,
    DateOnly? VitalCapacityDate,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings,
    string Method);
