namespace Motus.Analysis.Evidence;

/// <summary>The ids of the loader's validation rules (docs/methods/evidence-library.md, "Loader rules").</summary>
public static class EvidenceRules
{
    /// <summary>The file is not valid JSON for the schema (syntax, wrong type, unknown property, missing property).</summary>
    public const string Json = "json";
    /// <summary>schemaVersion is 1.</summary>
    public const string SchemaVersion = "schema-version";
    /// <summary>Ids are unique across studies and reviews (and claim ids across claims).</summary>
    public const string IdUnique = "id-unique";
    /// <summary>The id equals the file name and is non-empty.</summary>
    public const string IdMatchesFile = "id-matches-file";
    /// <summary>Every study has a PMID or a DOI (every review a DOI).</summary>
    public const string IdentifierRequired = "identifier-required";
    /// <summary>Missing ⇔ no value; verified and unverified fields have a value.</summary>
    public const string StatusValue = "status-value";
    /// <summary>Every source key resolves in the record's sources table.</summary>
    public const string SourceKnown = "source-known";
    /// <summary>Codes belong to their closed vocabulary.</summary>
    public const string Vocabulary = "vocabulary";
    /// <summary>Patient counts are at least 1.</summary>
    public const string CountPositive = "n-positive";
    /// <summary>0 ≤ events ≤ n.</summary>
    public const string EventsRange = "events-range";
    /// <summary>0 ≤ responders ≤ n; 0 ≤ percent ≤ 100.</summary>
    public const string RespondersRange = "responders-range";
    /// <summary>The year lies between 1990 and next year.</summary>
    public const string YearPlausible = "year-plausible";
    /// <summary>Follow-up months are ≥ 0 and finite.</summary>
    public const string FollowUpNonNegative = "follow-up-nonnegative";
    /// <summary>Confidence bounds bracket the estimate; level in (0, 1); p in [0, 1].</summary>
    public const string IntervalSane = "interval-sane";
    /// <summary>Related-study and included-study ids exist in the library.</summary>
    public const string ReferenceKnown = "reference-known";
}
