namespace Motus.Analysis.Prognosis;

/// <summary>
/// Predicted event-free survival from symptom onset under the ENCALS model: S(t) = 1/(1 + exp(s(ln t) + LP)), optionally
/// conditional on being event-free at t0 (S(t)/S(t0) for t &gt; t0, 1 before).
/// </summary>
/// <param name="LinearPredictor">The linear predictor and its terms.</param>
/// <param name="EventFreeAtMonths">t0 of the conditioning; null when unconditional.</param>
/// <param name="Curve">Survival at the requested times.</param>
/// <param name="Quantiles">Times at the requested survival levels.</param>
/// <param name="MedianMonths">Time of 50% survival, months since onset; null when outside the model's range.</param>
/// <param name="Warnings">Extrapolation and other caveats.</param>
/// <param name="Method">The model, the time scale, the conditioning and the status of the coefficients.</param>
public sealed record EncalsPrediction(
    EncalsLinearPredictor LinearPredictor,
    double? EventFreeAtMonths,
    IReadOnlyList<SurvivalPoint> Curve,
    IReadOnlyList<PredictedQuantile> Quantiles,
    double? MedianMonths,
    IReadOnlyList<string> Warnings,
    string Method);
