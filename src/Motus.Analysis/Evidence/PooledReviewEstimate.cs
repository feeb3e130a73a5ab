namespace Motus.Analysis.Evidence;

/// <summary>A pooled estimate a systematic review reports, as the reference gives it.</summary>
public sealed class PooledReviewEstimate
{
    /// <summary>What was pooled.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>The pooled estimate.</summary>
    public double Estimate { get; init; }

    /// <summary>Lower confidence bound, when given.</summary>
    public double? CiLower { get; init; }

    /// <summary>Upper confidence bound, when given.</summary>
    public double? CiUpper { get; init; }

    /// <summary>Confidence level, when given.</summary>
    public double? CiLevel { get; init; }

    /// <summary>Unit of the estimate.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Verification status.</summary>
    public EvidenceStatus Status { get; init; }

    /// <summary>Key into the review's sources.</summary>
    public string? Source { get; init; }

    /// <summary>Caveat, or null.</summary>
    public string? Note { get; init; }
}
