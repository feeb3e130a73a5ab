using Motus.Analysis.Prognosis;

namespace Motus.Application.Analyses;

/// <summary>One patient's ENCALS prediction and TRICALS risk-profile window.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Encals">The 8-predictor ENCALS prediction (inputs, LP, median, survival curve) or why it is missing.</param>
/// <param name="Tricals">The 7-predictor TRICALS risk profile against the eligibility window; null when its inputs are incomplete.</param>
/// <param name="TricalsErrors">Why <paramref name="Tricals"/> is null (the inputs read for the 7-predictor set); empty otherwise.</param>
public sealed record PatientPrognosis(string PatientCode, EncalsPatientPrediction Encals, TricalsWindowResult? Tricals, IReadOnlyList<string> TricalsErrors);
