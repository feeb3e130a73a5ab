namespace Motus.Analysis.Evidence;

/// <summary>
/// What to pool: <c>ae:&lt;category&gt;</c> (proportion of patients with an adverse event of that category) or
/// <c>efficacy:&lt;measure&gt;</c> (a comparative efficacy estimate from randomised studies).
/// </summary>
/// <param name="Kind">Adverse event or efficacy.</param>
/// <param name="Code">The category or measure code.</param>
public sealed record EvidenceOutcome(EvidenceOutcomeKind Kind, string Code)
{
    /// <summary>Parses <c>ae:death</c> or <c>efficacy:alsfrs-r-change-difference</c>.</summary>
    /// <exception cref="ArgumentException">Not of the form kind:code, an unknown kind, or an unknown adverse-event category.</exception>
    public static EvidenceOutcome Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new ArgumentException($"'{text}': write ae:<category> or efficacy:<measure>.", nameof(text));
        }

        var kind = text[..colon];
        var code = text[(colon + 1)..];
        return kind switch
        {
            "ae" when EvidenceVocabulary.AdverseEventCategories.Contains(code) => new EvidenceOutcome(EvidenceOutcomeKind.AdverseEvent, code),
            "ae" => throw new ArgumentException($"'{code}' is not an adverse-event category; use one of: {string.Join(", ", EvidenceVocabulary.AdverseEventCategories)}.", nameof(text)),
            "efficacy" => new EvidenceOutcome(EvidenceOutcomeKind.Efficacy, code),
            _ => throw new ArgumentException($"'{kind}': the outcome kind is ae or efficacy.", nameof(text)),
        };
    }

    /// <summary>"ae:death", "efficacy:…".</summary>
    public override string ToString() => (Kind == EvidenceOutcomeKind.AdverseEvent ? "ae:" : "efficacy:") + Code;
}
