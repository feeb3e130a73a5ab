using System.Globalization;
using nietras.SeparatedValues;

namespace Motus.Bench.Stats;

/// <summary>
/// Reads named numeric columns of a CSV straight into arrays, for the in-engine benchmark: no per-cell strings, so the
/// process's peak memory reflects the fits and compact data (as R's numeric columns), not text held by a reader.
/// (<c>motus stats</c> reads through <c>CsvColumns</c>, which keeps the text to name bad cells; the whole-process
/// comparison measures that path.)
/// </summary>
internal static class NumericCsv
{
    public static Dictionary<string, double[]> Read(string path, params string[] columns)
    {
        using var reader = Sep.New(',').Reader().FromFile(path);
        var index = columns.Select(c => reader.Header.IndexOf(c)).ToArray();
        var values = columns.Select(_ => new List<double>(1 << 16)).ToArray();
        foreach (var row in reader)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                values[j].Add(double.Parse(row[index[j]].Span, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }

        return columns.Select((c, j) => (c, values[j].ToArray())).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
    }
}
