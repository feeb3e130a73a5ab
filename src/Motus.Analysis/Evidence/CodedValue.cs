namespace Motus.Analysis.Evidence;

/// <summary>
/// A value from a closed vocabulary (<see cref="EvidenceVocabulary"/>) with the reference's free-text detail, e.g.
/// route <c>intraspinal</c> with detail "lumbar anterior horns", or cell type <c>other</c> with "peripheral blood
/// mononuclear cells".
/// </summary>
public sealed class CodedValue
{
    /// <summary>The code (lower-case, hyphenated), one of the field's vocabulary.</summary>
    public string Code { get; init; } = "";

    /// <summary>The reference's qualifying text, verbatim; null when there is none.</summary>
    public string? Detail { get; init; }

    /// <summary>The code, then the detail in parentheses when present.</summary>
    public override string ToString() => Detail is null ? Code : $"{Code} ({Detail})";
}
