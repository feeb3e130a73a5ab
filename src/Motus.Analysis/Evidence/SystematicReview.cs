namespace Motus.Analysis.Evidence;

/// <summary>A systematic review or meta-analysis of cell therapy in ALS (data/evidence/reviews/&lt;id&gt;.json).</summary>
public sealed class SystematicReview
{
    /// <summary>Schema version of the file; currently 1.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>Stable id; equals the file name.</summary>
    public string Id { get; init; } = "";

    /// <summary>Source key → description.</summary>
    public Dictionary<string, string> Sources { get; init; } = [];

    /// <summary>First author.</summary>
    public EvidenceField<string> FirstAuthor { get; init; } = new();

    /// <summary>Publication year.</summary>
    public EvidenceField<int?> Year { get; init; } = new();

    /// <summary>Journal.</summary>
    public EvidenceField<string> Journal { get; init; } = new();

    /// <summary>DOI (reviews in the library are identified by DOI).</summary>
    public EvidenceField<string> Doi { get; init; } = new();

    /// <summary>Kind, one of <see cref="EvidenceVocabulary.ReviewKinds"/>.</summary>
    public EvidenceField<string> Kind { get; init; } = new();

    /// <summary>Date the literature search ended (ISO date) when given.</summary>
    public EvidenceField<string> SearchDate { get; init; } = new();

    /// <summary>Number of studies included.</summary>
    public EvidenceField<int?> StudiesIncluded { get; init; } = new();

    /// <summary>Participants in the included studies.</summary>
    public EvidenceField<int?> Participants { get; init; } = new();

    /// <summary>Ids of included studies that are in the library.</summary>
    public EvidenceField<List<string>> IncludedStudyIds { get; init; } = new();

    /// <summary>Whether the review pooled anything quantitatively.</summary>
    public EvidenceField<bool?> Pooled { get; init; } = new();

    /// <summary>The pooled estimates it reports.</summary>
    public List<PooledReviewEstimate> PooledEstimates { get; init; } = [];

    /// <summary>The review's conclusion in words.</summary>
    public EvidenceField<string> Conclusion { get; init; } = new();

    /// <summary>Caveats.</summary>
    public List<string> Notes { get; init; } = [];
}
