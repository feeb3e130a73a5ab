using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>Kaplan–Meier estimates, one curve per group (a single curve when no groups were given). R: <c>survfit</c>.</summary>
/// <param name="Curves">The curves, ordered by ascending group code (R's factor-level order for integer codes).</param>
/// <param name="ConfidenceType">Scale of the pointwise confidence limits (echo of the choice).</param>
/// <param name="ConfidenceLevel">Confidence level (echo of the choice).</param>
/// <param name="LeftTruncated">True when the input had entry times (counting-process risk sets).</param>
/// <param name="Diagnostics">Closed form (no iterations); warnings for curves that reach 0 or have undefined limits.</param>
public sealed record KaplanMeierResult(
    IReadOnlyList<KaplanMeierCurve> Curves,
    ConfidenceIntervalType ConfidenceType,
    double ConfidenceLevel,
    bool LeftTruncated,
    FitDiagnostics Diagnostics);
