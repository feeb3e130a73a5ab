namespace Motus.Analysis.Evidence;

/// <summary>
/// Patients with an adverse event of one category in one study, only where the reference states the count. The
/// denominator is the treated cohort unless <see cref="Description"/> says otherwise (e.g. autopsied patients).
/// </summary>
public sealed class AdverseEventCount
{
    /// <summary>Category, one of <see cref="EvidenceVocabulary.AdverseEventCategories"/>.</summary>
    public string Category { get; init; } = "";

    /// <summary>Patients with the event, 0 ≤ events ≤ n.</summary>
    public int Events { get; init; }

    /// <summary>Denominator, ≥ 1; null when the reference does not give it (the count is then not poolable).</summary>
    public int? N { get; init; }

    /// <summary>What was counted, from the reference.</summary>
    public string Description { get; init; } = "";

    /// <summary>Verification status of the count.</summary>
    public EvidenceStatus Status { get; init; }

    /// <summary>Key into the study's sources.</summary>
    public string? Source { get; init; }

    /// <summary>Caveat, or null.</summary>
    public string? Note { get; init; }
}
