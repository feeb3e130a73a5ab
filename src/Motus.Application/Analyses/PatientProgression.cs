using Motus.Analysis.Progression;

namespace Motus.Application.Analyses;

/// <summary>One patient's progression: ΔFS at every rating, the slopes over all ratings, the D50 fit and the pre/post comparison at a dose.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Arm">The patient's arm; null when not allocated.</param>
/// <param name="DeltaFs">ΔFS at every current rating, in date order (<see cref="Analysis.Progression.DeltaFs.AtEveryRating"/>).</param>
/// <param name="Slope">OLS slope over every rating of the scale, time 0 = first rating.</param>
/// <param name="OnsetAnchoredSlope">The same with the pseudo-visit (onset, 48), time 0 = onset.</param>
/// <param name="D50">The D50 sigmoid fit.</param>
/// <param name="DoseNumber">The dose the pre/post comparison pivots on.</param>
/// <param name="PrePost">Lead-in versus post slope around that dose; null when the patient has no such administration.</param>
/// <param name="PrePostNote">Why <paramref name="PrePost"/> is null; null otherwise.</param>
public sealed record PatientProgression(
    string PatientCode,
    string? Arm,
    IReadOnlyList<DeltaFsResult> DeltaFs,
    SlopeEstimate Slope,
    SlopeEstimate OnsetAnchoredSlope,
    D50Fit D50,
    int DoseNumber,
    PrePostComparison? PrePost,
    string? PrePostNote);
