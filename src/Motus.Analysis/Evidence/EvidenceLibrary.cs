namespace Motus.Analysis.Evidence;

/// <summary>The validated evidence library: every study and systematic review, ordered by year then id.</summary>
/// <param name="Studies">The studies.</param>
/// <param name="Reviews">The systematic reviews.</param>
public sealed record EvidenceLibrary(IReadOnlyList<EvidenceStudy> Studies, IReadOnlyList<SystematicReview> Reviews)
{
    /// <summary>The study with <paramref name="id"/> (case-insensitive), or null.</summary>
    public EvidenceStudy? FindStudy(string id) => Studies.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The review with <paramref name="id"/> (case-insensitive), or null.</summary>
    public SystematicReview? FindReview(string id) => Reviews.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
