namespace Motus.Analysis.Evidence;

/// <summary>
/// A single-arm "responder" or improvement claim in structured form (e.g. 15/19 with ≥ 25% slowing of the ALSFRS-R
/// slope between the first and second injection). These are the claims the claim check will set beside a
/// natural-history null rate (docs/methods/evidence-library.md, "Claims"); the library stores only what was claimed.
/// </summary>
public sealed class ResponderClaim
{
    /// <summary>Claim id, unique in the library (<c>&lt;studyId&gt;-cN</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>The claim as the reference words it.</summary>
    public string Text { get; init; } = "";

    /// <summary>What was measured (e.g. <c>alsfrs-r-slope</c>).</summary>
    public string Measure { get; init; } = "";

    /// <summary>Patients evaluated, ≥ 1; null when not stated.</summary>
    public int? N { get; init; }

    /// <summary>Patients counted as responders, 0 ≤ responders ≤ n; null when not stated.</summary>
    public int? Responders { get; init; }

    /// <summary>Responder percentage as printed, when the counts are not given.</summary>
    public double? Percent { get; init; }

    /// <summary>Relative slope improvement defining a responder (0.25 for "≥ 25% slowing"); null when the claim is not a slope ratio.</summary>
    public double? RelativeSlopeImprovement { get; init; }

    /// <summary>The threshold as worded.</summary>
    public string ThresholdText { get; init; } = "";

    /// <summary>The pre-treatment window, when stated.</summary>
    public string? PreWindow { get; init; }

    /// <summary>The post-treatment window, when stated.</summary>
    public string? PostWindow { get; init; }

    /// <summary>A p-value or test as printed, when given.</summary>
    public string? PText { get; init; }

    /// <summary>Verification status.</summary>
    public EvidenceStatus Status { get; init; }

    /// <summary>Key into the study's sources.</summary>
    public string? Source { get; init; }

    /// <summary>Caveat, or null.</summary>
    public string? Note { get; init; }
}
