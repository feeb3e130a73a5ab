using System.Text.Json.Serialization;

namespace Motus.Analysis.Evidence;

/// <summary>
/// One published clinical study of cells in ALS, as recorded in data/evidence/studies/&lt;id&gt;.json from the shared
/// reference (stemcell-trials.csv and stemcell-trials.md). Every fact is an <see cref="EvidenceField{T}"/> with its
/// status and source; the source keys resolve in <see cref="Sources"/>. See docs/methods/evidence-library.md.
/// </summary>
public sealed class EvidenceStudy
{
    /// <summary>Schema version of the file; currently 1.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>Stable id (first author + year, or journal + year when the author is unknown); equals the file name.</summary>
    public string Id { get; init; } = "";

    /// <summary>Source key → description of where values were seen.</summary>
    public Dictionary<string, string> Sources { get; init; } = [];

    /// <summary>First author's surname.</summary>
    public EvidenceField<string> FirstAuthor { get; init; } = new();

    /// <summary>Publication year.</summary>
    public EvidenceField<int?> Year { get; init; } = new();

    /// <summary>Journal abbreviation.</summary>
    public EvidenceField<string> Journal { get; init; } = new();

    /// <summary>PubMed id.</summary>
    public EvidenceField<string> Pmid { get; init; } = new();

    /// <summary>DOI.</summary>
    public EvidenceField<string> Doi { get; init; } = new();

    /// <summary>Trial registry ids (NCT…).</summary>
    public EvidenceField<List<string>> RegistryIds { get; init; } = new();

    /// <summary>Phase as printed (e.g. "1/2a", "1/2 and 2a").</summary>
    public EvidenceField<string> Phase { get; init; } = new();

    /// <summary>Design, one of <see cref="EvidenceVocabulary.Designs"/>.</summary>
    public EvidenceField<CodedValue> Design { get; init; } = new();

    /// <summary>Patients treated with cells.</summary>
    public EvidenceField<int?> NTreated { get; init; } = new();

    /// <summary>Comparison groups; an empty list for single-arm designs.</summary>
    public EvidenceField<List<ControlGroup>> Controls { get; init; } = new();

    /// <summary>Cell type, one of <see cref="EvidenceVocabulary.CellTypes"/>.</summary>
    public EvidenceField<CodedValue> CellType { get; init; } = new();

    /// <summary>Tissue or line the cells come from.</summary>
    public EvidenceField<string> CellSource { get; init; } = new();

    /// <summary>True when the patients' own cells were used.</summary>
    public EvidenceField<bool?> Autologous { get; init; } = new();

    /// <summary>Route, one of <see cref="EvidenceVocabulary.Routes"/>.</summary>
    public EvidenceField<CodedValue> Route { get; init; } = new();

    /// <summary>Dose as printed.</summary>
    public EvidenceField<string> Dose { get; init; } = new();

    /// <summary>Number and timing of administrations as printed.</summary>
    public EvidenceField<string> Administrations { get; init; } = new();

    /// <summary>Follow-up.</summary>
    public EvidenceField<FollowUp> FollowUp { get; init; } = new();

    /// <summary>Primary endpoint as printed.</summary>
    public EvidenceField<string> PrimaryEndpoint { get; init; } = new();

    /// <summary>Efficacy results in words.</summary>
    public EvidenceField<string> EfficacyResult { get; init; } = new();

    /// <summary>Safety results in words.</summary>
    public EvidenceField<string> SafetyResult { get; init; } = new();

    /// <summary>What the authors concluded about efficacy, one of <see cref="EvidenceVocabulary.Conclusions"/>; "positive" is not an endorsement.</summary>
    public EvidenceField<string> Conclusion { get; init; } = new();

    /// <summary>Adverse-event counts by category, where the reference states them.</summary>
    public List<AdverseEventCount> AdverseEvents { get; init; } = [];

    /// <summary>Structured efficacy numbers, where the reference gives them.</summary>
    public List<EfficacyResult> Efficacy { get; init; } = [];

    /// <summary>Single-arm responder or improvement claims.</summary>
    public List<ResponderClaim> Claims { get; init; } = [];

    /// <summary>Ids of studies sharing patients or a programme with this one (do not add their n).</summary>
    public List<string> RelatedStudies { get; init; } = [];

    /// <summary>Caveats from the reference notes.</summary>
    public List<string> Notes { get; init; } = [];

    /// <summary>"Author Year, Journal" (or "Journal Year" when the author is unknown).</summary>
    [JsonIgnore]
    public string Label =>
        FirstAuthor.HasValue ? $"{FirstAuthor.Value} {Year.Value}, {Journal.Value}" : $"{Journal.Value} {Year.Value} (author not captured)";

    /// <summary>True for the randomised designs (<c>randomized-placebo</c>, <c>randomized-open</c>).</summary>
    [JsonIgnore]
    public bool IsRandomised => Design.Value?.Code is "randomized-placebo" or "randomized-open";
}
