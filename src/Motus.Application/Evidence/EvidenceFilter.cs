using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>
/// Filters for browsing the library; every filter is optional and they combine with AND. Codes must come from
/// <see cref="EvidenceVocabulary"/>. A study whose filtered field is missing does not match that filter.
/// </summary>
public sealed record EvidenceFilter
{
    /// <summary>Cell-type code.</summary>
    public string? CellType { get; init; }
    /// <summary>Route code.</summary>
    public string? Route { get; init; }
    /// <summary>Design code.</summary>
    public string? Design { get; init; }
    /// <summary>Phase: matches the printed phase exactly or one of its parts split at '/', ' and ' or '(' (so "2" matches "1/2" but not "2a").</summary>
    public string? Phase { get; init; }
    /// <summary>Earliest publication year, inclusive.</summary>
    public int? YearFrom { get; init; }
    /// <summary>Latest publication year, inclusive.</summary>
    public int? YearTo { get; init; }
    /// <summary>Conclusion code.</summary>
    public string? Conclusion { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for a code outside its vocabulary or an inverted year range.</summary>
    public void Validate()
    {
        Check(CellType, EvidenceVocabulary.CellTypes, "cell type");
        Check(Route, EvidenceVocabulary.Routes, "route");
        Check(Design, EvidenceVocabulary.Designs, "design");
        Check(Conclusion, EvidenceVocabulary.Conclusions, "conclusion");
        if (YearFrom is { } from && YearTo is { } to && from > to)
        {
            throw new ArgumentException($"year range {from}–{to} is empty.");
        }
    }

    /// <summary>The matching studies, in library order.</summary>
    public IReadOnlyList<EvidenceStudy> Apply(IEnumerable<EvidenceStudy> studies)
    {
        Validate();
        return studies.Where(Matches).ToList();
    }

    private bool Matches(EvidenceStudy s) =>
        (CellType is null || s.CellType.Value?.Code == CellType)
        && (Route is null || s.Route.Value?.Code == Route)
        && (Design is null || s.Design.Value?.Code == Design)
        && (Conclusion is null || s.Conclusion.Value == Conclusion)
        && (YearFrom is null || s.Year.Value >= YearFrom)
        && (YearTo is null || s.Year.Value <= YearTo)
        && (Phase is null || PhaseMatches(s.Phase.Value, Phase));

    private static bool PhaseMatches(string? phase, string wanted) =>
        phase is not null && (phase == wanted
            || phase.Split(['/', '(', ')', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(wanted, StringComparer.Ordinal));

    private static void Check(string? code, IReadOnlyList<string> vocabulary, string what)
    {
        if (code is not null && !vocabulary.Contains(code))
        {
            throw new ArgumentException($"'{code}' is not a {what}; use one of: {string.Join(", ", vocabulary)}.");
        }
    }
}
