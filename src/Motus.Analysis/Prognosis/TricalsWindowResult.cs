namespace Motus.Analysis.Prognosis;

/// <summary>Whether a patient's risk-profile LP lies in a trial's eligibility window.</summary>
/// <param name="LinearPredictor">The LP and its terms.</param>
/// <param name="Lower">Lower bound (included).</param>
/// <param name="Upper">Upper bound (included).</param>
/// <param name="Inside">True when Lower ≤ LP ≤ Upper.</param>
/// <param name="Method">The rule and the coefficient set.</param>
public sealed record TricalsWindowResult(EncalsLinearPredictor LinearPredictor, double Lower, double Upper, bool Inside, string Method);
