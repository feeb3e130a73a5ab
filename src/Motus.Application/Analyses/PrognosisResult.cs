namespace Motus.Application.Analyses;

/// <summary>ENCALS predictions of a study or a patient, with the caveat every output must carry.</summary>
/// <param name="Caveat">The status of the coefficients: from public code, not checked against the paper's supplement.</param>
/// <param name="EventFreeAt">The date predictions are conditioned on; null for unconditional survival from onset.</param>
/// <param name="Patients">One prediction per patient, in code order.</param>
public sealed record PrognosisResult(string Caveat, DateOnly? EventFreeAt, IReadOnlyList<PatientPrognosis> Patients)
{
    /// <summary>The caveat printed with every ENCALS output.</summary>
    public const string UnverifiedCoefficients =
        "ENCALS and TRICALS coefficients come from public code (rpavaneijk/Precision-ALS) and are UNVERIFIED against the supplement of "
        + "Westeneng et al., Lancet Neurol 2018; the onset time origin is inferred. A research estimate, not medical advice.";
}
