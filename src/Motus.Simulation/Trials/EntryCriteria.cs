namespace Motus.Simulation.Trials;

/// <summary>
/// Entry criteria checked at screening, on data a study has by enrolment (day 0). A null criterion admits everyone.
/// </summary>
/// <param name="AlsfrsR">ALSFRS-R total at the enrolment visit.</param>
/// <param name="DeltaFs">Observed ΔFS at enrolment, (48 − ALSFRS-R)/months since onset (als-methods §2.1), points/month.</param>
/// <param name="EncalsLinearPredictor">
/// The ENCALS 2018 linear predictor the generator drew the terminal event from (latent inputs at diagnosis), e.g. the
/// TRICALS window −6 … −2 of MAGNET (trial-methods §2.2). A trial computes it from observed screening data: using the
/// latent value makes the window slightly sharper than a real one [U].
/// </param>
/// <param name="MonthsSinceOnset">Months from symptom onset to enrolment.</param>
/// <param name="FvcPercent">FVC % predicted at the enrolment visit.</param>
/// <param name="LeadIn">Lead-in period and its decline rule, or null for no lead-in.</param>
public sealed record EntryCriteria(
    ValueRange? AlsfrsR = null,
    ValueRange? DeltaFs = null,
    ValueRange? EncalsLinearPredictor = null,
    ValueRange? MonthsSinceOnset = null,
    ValueRange? FvcPercent = null,
    LeadIn? LeadIn = null)
{
    /// <summary>No criteria.</summary>
    public static EntryCriteria None { get; } = new();
}
