using System.Globalization;

namespace Motus.Application.Stats;

/// <summary>
/// The distinct values of a label column (group, stratum, patient id) as ordered levels, and each row's 0-based level,
/// like R's <c>factor()</c>. Order: numeric when every label is a number (as R orders the levels of a numeric column),
/// otherwise ordinal (as R does in the C locale; a UTF-8 locale may order letters differently in R).
/// </summary>
/// <param name="Labels">The distinct labels in level order.</param>
/// <param name="Codes">Each row's level, an index into <paramref name="Labels"/>.</param>
public sealed record CsvLevels(IReadOnlyList<string> Labels, int[] Codes)
{
    /// <summary>Levels of <paramref name="values"/>; none may be empty (the caller names the line).</summary>
    public static CsvLevels Of(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var label in distinct)
        {
            if (double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x))
            {
                numbers[label] = x;
            }
        }

        var labels = numbers.Count == distinct.Count
            ? [.. distinct.OrderBy(l => numbers[l]).ThenBy(l => l, StringComparer.Ordinal)]
            : distinct.Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            index[labels[i]] = i;
        }

        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = index[values[i]];
        }

        return new CsvLevels(labels, codes);
    }
}
