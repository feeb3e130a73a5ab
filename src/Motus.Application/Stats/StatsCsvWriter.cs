using System.Globalization;
using nietras.SeparatedValues;

namespace Motus.Application.Stats;

/// <summary>
/// Writes a result table of <c>motus stats</c> as CSV: comma-separated, UTF-8, invariant culture, fields quoted only when
/// they need it. Numbers in the shortest form that reads back to the same double; a value that is not estimable is
/// written <c>NA</c> (R's <c>read.csv</c> reads it as missing), never NaN.
/// </summary>
public static class StatsCsvWriter
{
    /// <summary>A number in round-trip form, or <c>NA</c>.</summary>
    public static string Cell(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "NA";

    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/>, replacing the file. A path
    /// that cannot be written (no such folder, no permission) is a <see cref="MotusException"/> (usage).
    /// </summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        try
        {
            using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).ToFile(path);
            writer.Header.Add([.. header]);
            writer.Header.Write();
            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < header.Count; i++)
                {
                    row[i].Set(values[i]);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MotusException(ExitCategory.Usage, $"Cannot write {path}: {e.Message}");
        }
    }
}
