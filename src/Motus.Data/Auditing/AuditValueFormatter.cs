using System.Globalization;
using Motus.Domain.Safety;

namespace Motus.Data.Auditing;

/// <summary>Formats property values for the audit trail: invariant, round-trippable and stable across databases.</summary>
public static class AuditValueFormatter
{
    /// <summary>The invariant text of <paramref name="value"/>; null stays null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => AuditHasher.Normalise(t).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        CtcaeGrade g => g.Value.ToString(CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IEnumerable<int?> items => string.Join(",", items.Select(i => i?.ToString(CultureInfo.InvariantCulture) ?? "")),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
