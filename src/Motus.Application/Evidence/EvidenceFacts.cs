using System.Globalization;
using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>Flattens a study into <see cref="EvidenceFact"/> rows, in a fixed field order.</summary>
public static class EvidenceFacts
{
    /// <summary>The scalar fields exported as CSV columns (value and status per field), in order.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "firstAuthor", "year", "journal", "pmid", "doi", "registryIds", "phase", "design", "nTreated", "controls", "cellType", "cellSource",
        "autologous", "route", "dose", "administrations", "followUp", "primaryEndpoint", "efficacyResult", "safetyResult", "conclusion",
    ];

    /// <summary>Every scalar field of <paramref name="s"/>.</summary>
    public static IReadOnlyList<EvidenceFact> Of(EvidenceStudy s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return
        [
            Fact(s, "firstAuthor", s.FirstAuthor, v => v),
            Fact(s, "year", s.Year, v => v!.Value.ToString(CultureInfo.InvariantCulture)),
            Fact(s, "journal", s.Journal, v => v),
            Fact(s, "pmid", s.Pmid, v => v),
            Fact(s, "doi", s.Doi, v => v),
            Fact(s, "registryIds", s.RegistryIds, v => string.Join("; ", v)),
            Fact(s, "phase", s.Phase, v => v),
            Fact(s, "design", s.Design, v => v.ToString()),
            Fact(s, "nTreated", s.NTreated, v => v!.Value.ToString(CultureInfo.InvariantCulture)),
            Fact(s, "controls", s.Controls, v => v.Count == 0 ? "none" : string.Join("; ", v.Select(c => $"{c.N} {c.Description}"))),
            Fact(s, "cellType", s.CellType, v => v.ToString()),
            Fact(s, "cellSource", s.CellSource, v => v),
            Fact(s, "autologous", s.Autologous, v => v!.Value ? "yes" : "no"),
            Fact(s, "route", s.Route, v => v.ToString()),
            Fact(s, "dose", s.Dose, v => v),
            Fact(s, "administrations", s.Administrations, v => v),
            Fact(s, "followUp", s.FollowUp, v => v.Text ?? $"{v.Months.ToString(CultureInfo.InvariantCulture)} months"),
            Fact(s, "primaryEndpoint", s.PrimaryEndpoint, v => v),
            Fact(s, "efficacyResult", s.EfficacyResult, v => v),
            Fact(s, "safetyResult", s.SafetyResult, v => v),
            Fact(s, "conclusion", s.Conclusion, v => v),
        ];
    }

    /// <summary>The description of source key <paramref name="key"/> in <paramref name="s"/>.</summary>
    public static string SourceText(EvidenceStudy s, string? key) =>
        key is not null && s.Sources.TryGetValue(key, out var text) ? text : key ?? "";

    private static EvidenceFact Fact<T>(EvidenceStudy s, string name, EvidenceField<T> field, Func<T, string> format) =>
        new(name, field.HasValue ? format(field.Value!) : "", field.Status, SourceText(s, field.Source), field.Note);
}
