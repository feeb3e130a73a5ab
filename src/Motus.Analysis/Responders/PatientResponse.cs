using Motus.Analysis.Progression;

namespace Motus.Analysis.Responders;

/// <summary>One patient's classification.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Status">Responder, non-responder or not evaluable.</param>
/// <param name="PreSlope">Lead-in slope, points/month; null when not estimable.</param>
/// <param name="PostSlope">Post slope, points/month; null when not estimable.</param>
/// <param name="SlopeReduction">(post − pre)/|pre|, the fraction by which decline slowed; null unless pre is declining and both slopes are estimable.</param>
/// <param name="Reason">Why the patient is not evaluable, or was counted as a non-responder by policy; null otherwise.</param>
/// <param name="Comparison">The pre/post comparison behind the classification; null when the patient has no such administration.</param>
public sealed record PatientResponse(
    string PatientCode,
    ResponderStatus Status,
    double? PreSlope,
    double? PostSlope,
    double? SlopeReduction,
    string? Reason,
    PrePostComparison? Comparison);
