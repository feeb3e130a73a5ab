using Motus.Analysis.Progression;

namespace Motus.Application.Analyses;

/// <summary>One patient's ALSFRS-R slope.</summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="Arm">The patient's arm; null when not allocated.</param>
/// <param name="Estimate">The slope as <see cref="ProgressionSlope"/> computed it (points, reason when not estimable, warnings).</param>
public sealed record PatientSlope(string PatientCode, string? Arm, SlopeEstimate Estimate);
