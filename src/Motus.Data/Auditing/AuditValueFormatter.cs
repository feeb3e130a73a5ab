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

    /// <summary>
    /// Writes <see cref="Format"/>'s text of the common value types (dates, numbers, GUIDs, booleans) into
    /// <paramref name="destination"/> without a string; false for any other value (and null), which
    /// <see cref="Format"/> handles.
    /// </summary>
    internal static bool TryFormat(object? value, Span<char> destination, out int written)
    {
        written = 0;
        return value switch
        {
            DateOnly d => d.TryFormat(destination, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            double x => x.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture),
            float x => x.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture),
            int i => i.TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
            long l => l.TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
            Guid g => g.TryFormat(destination, out written),
            bool b => TryCopy(b ? "true" : "false", destination, out written),
            _ => false,
        };
    }

    private static bool TryCopy(string text, Span<char> destination, out int written)
    {
        written = text.TryCopyTo(destination) ? text.Length : 0;
        return written > 0;
    }
}
