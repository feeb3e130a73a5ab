using Motus.Domain.Medications;
using Motus.Domain.Safety;

namespace Motus.Interop.Proact.Vocabulary;

/// <summary>Accepted values of the adverse-event and con-med forms (case-insensitive; spaces and punctuation ignored).</summary>
internal static class SafetyVocabulary
{
    private static readonly (string Keyword, AeCategory Category)[] CategoryKeywords =
    [
        ("post lumbar puncture", AeCategory.PostLumbarPunctureSyndrome),
        ("post-lumbar puncture", AeCategory.PostLumbarPunctureSyndrome),
        ("headache", AeCategory.Headache),
        ("back pain", AeCategory.BackPain),
        ("pyrexia", AeCategory.Fever),
        ("fever", AeCategory.Fever),
        ("meningism", AeCategory.MeningismOrAsepticMeningitis),
        ("meningitis", AeCategory.MeningismOrAsepticMeningitis),
        ("injection site", AeCategory.InjectionSiteReaction),
        ("infection", AeCategory.Infection),
        ("hypersensitivity", AeCategory.AllergicReaction),
        ("allergic", AeCategory.AllergicReaction),
        ("neoplasm", AeCategory.TumourOrAbnormalGrowth),
        ("respiratory", AeCategory.Respiratory),
        ("dyspnoea", AeCategory.Respiratory),
        ("dyspnea", AeCategory.Respiratory),
        ("nausea", AeCategory.NauseaOrVomiting),
        ("vomiting", AeCategory.NauseaOrVomiting),
        ("pain", AeCategory.Pain),
        ("fall", AeCategory.FallOrInjury),
    ];

    /// <summary>
    /// PRO-ACT severity words to CTCAE grades, an approximation (PRO-ACT severities are not CTCAE grades):
    /// <c>Mild</c> 1, <c>Moderate</c> 2, <c>Severe</c> 3, <c>Life-threatening</c> 4, <c>Fatal</c> or <c>Death</c> 5;
    /// the digits 1–5 and <c>Grade 1</c>…<c>Grade 5</c> are accepted as grades.
    /// </summary>
    public static bool TryParseSeverity(ReadOnlySpan<char> text, out CtcaeGrade grade)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        var value = TextKey.Of(text, buffer) switch
        {
            "mild" or "1" or "grade1" => 1,
            "moderate" or "2" or "grade2" => 2,
            "severe" or "3" or "grade3" => 3,
            "lifethreatening" or "4" or "grade4" => 4,
            "fatal" or "death" or "5" or "grade5" => 5,
            _ => 0,
        };
        return CtcaeGrade.TryCreate(value, out grade);
    }

    public static string Format(CtcaeGrade? grade) => grade?.Value switch
    {
        1 => "Mild",
        2 => "Moderate",
        3 => "Severe",
        4 => "Life-threatening",
        5 => "Fatal",
        _ => "",
    };

    /// <summary>
    /// Recovered: <c>Recovered</c>, <c>Resolved</c>, <c>Recovered/Resolved</c>. Recovering: <c>Recovering</c>,
    /// <c>Resolving</c>, <c>Recovering/Resolving</c>. Not recovered: <c>Not recovered</c>, <c>Not resolved</c>,
    /// <c>Not recovered/Not resolved</c>, <c>Ongoing</c>, <c>Continuing</c>. With sequelae: <c>Recovered with sequelae</c>,
    /// <c>Resolved with sequelae</c>, <c>Recovered/Resolved with sequelae</c>. Fatal: <c>Fatal</c>, <c>Death</c>,
    /// <c>Died</c>. <c>Unknown</c> (or empty) is unknown.
    /// </summary>
    public static bool TryParseOutcome(ReadOnlySpan<char> text, out AeOutcome outcome)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, outcome) = TextKey.Of(text, buffer) switch
        {
            "recovered" or "resolved" or "recoveredresolved" => (true, AeOutcome.Recovered),
            "recovering" or "resolving" or "recoveringresolving" => (true, AeOutcome.Recovering),
            "notrecovered" or "notresolved" or "notrecoverednotresolved" or "ongoing" or "continuing" => (true, AeOutcome.NotRecovered),
            "recoveredwithsequelae" or "resolvedwithsequelae" or "recoveredresolvedwithsequelae" => (true, AeOutcome.RecoveredWithSequelae),
            "fatal" or "death" or "died" => (true, AeOutcome.Fatal),
            "unknown" => (true, AeOutcome.Unknown),
            _ => (false, AeOutcome.Unknown),
        };
        return ok;
    }

    public static string Format(AeOutcome outcome) => outcome switch
    {
        AeOutcome.Recovered => "Recovered",
        AeOutcome.Recovering => "Recovering",
        AeOutcome.NotRecovered => "Not recovered",
        AeOutcome.RecoveredWithSequelae => "Recovered with sequelae",
        AeOutcome.Fatal => "Fatal",
        _ => "",
    };

    /// <summary>The pick-list category of a MedDRA term, by the first keyword it contains (case-insensitive); <see cref="AeCategory.Other"/> when none.</summary>
    public static AeCategory CategoryOf(string? term)
    {
        if (term is null)
        {
            return AeCategory.Other;
        }

        foreach (var (keyword, category) in CategoryKeywords)
        {
            if (term.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        return AeCategory.Other;
    }

    /// <summary>The kind of a medication from its name: riluzole (Rilutek), edaravone (Radicava), tofersen (Qalsody), sodium phenylbutyrate–taurursodiol (Relyvrio, Albrioza); else other.</summary>
    public static MedicationKind KindOf(string name)
    {
        static bool Has(string name, string word) => name.Contains(word, StringComparison.OrdinalIgnoreCase);
        return name switch
        {
            _ when Has(name, "riluzole") || Has(name, "rilutek") => MedicationKind.Riluzole,
            _ when Has(name, "edaravone") || Has(name, "radicava") => MedicationKind.Edaravone,
            _ when Has(name, "tofersen") || Has(name, "qalsody") => MedicationKind.Tofersen,
            _ when Has(name, "taurursodiol") || Has(name, "relyvrio") || Has(name, "albrioza") => MedicationKind.PhenylbutyrateTaurursodiol,
            _ => MedicationKind.Other,
        };
    }
}
