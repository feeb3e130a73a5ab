using Motus.Statistics.Meta;

namespace Motus.Analysis.Evidence;

/// <summary>
/// A pooled evidence estimate, or the plain statement that there are too few comparable studies. Per-study rows are
/// always filled so the forest plot can show them either way.
/// </summary>
/// <param name="Outcome">What was pooled.</param>
/// <param name="Options">The options used.</param>
/// <param name="Method">The method in words (scale, τ² estimator, test, level), printed with every result.</param>
/// <param name="Studies">Comparable studies, in library order.</param>
/// <param name="Excluded">Studies reporting the outcome that were left out, with reasons.</param>
/// <param name="Fit">The random-effects fit on the analysis scale; null when not pooled.</param>
/// <param name="NotPooledReason">Why nothing was pooled (fewer than the minimum comparable studies); null when pooled.</param>
/// <param name="Caveats">What the reader must know to interpret the numbers (e.g. overlapping cohorts, deaths reflect follow-up).</param>
public sealed record EvidencePoolResult(
    EvidenceOutcome Outcome,
    EvidencePoolOptions Options,
    string Method,
    IReadOnlyList<PooledStudy> Studies,
    IReadOnlyList<ExcludedStudy> Excluded,
    MetaAnalysisResult? Fit,
    string? NotPooledReason,
    IReadOnlyList<string> Caveats)
{
    /// <summary>True when a pooled estimate was computed.</summary>
    public bool Pooled => Fit is not null;

    /// <summary>Pooled estimate on the natural scale (proportion or difference); null when not pooled.</summary>
    public double? Estimate => Fit is null ? null : Fit.BackTransformed?.Estimate ?? Fit.Estimate;

    /// <summary>Natural-scale confidence bounds; null when not pooled.</summary>
    public (double Lower, double Upper)? ConfidenceInterval =>
        Fit is null ? null : Fit.BackTransformed is { } b ? (b.CiLower, b.CiUpper) : (Fit.CiLower, Fit.CiUpper);

    /// <summary>Natural-scale prediction interval; null when not pooled or undefined.</summary>
    public (double Lower, double Upper)? PredictionInterval =>
        Fit?.Prediction is null ? null
        : Fit.BackTransformed is { PiLower: { } l, PiUpper: { } u } ? (l, u) : (Fit.Prediction.Lower, Fit.Prediction.Upper);
}
