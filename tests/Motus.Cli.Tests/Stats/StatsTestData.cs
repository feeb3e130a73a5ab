using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Motus.Cli.Tests.Stats;

/// <summary>
/// R fixtures (tests/fixtures/r/AREA/*.json, written by the make.R beside them) turned into CSV input for
/// <c>motus stats</c>, and the comparisons of its JSON output with R. R's NA (written as null) is read as NaN here
/// only to compare it with a null in the CLI's output; the CLI itself never prints NaN.
/// </summary>
internal static class StatsTestData
{
    /// <summary>The parsed fixture tests/fixtures/r/<paramref name="area"/>/<paramref name="file"/>.</summary>
    public static JsonElement Fixture(string area, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CliHarness.RepoRoot(), "tests", "fixtures", "r", area, file))).RootElement.Clone();

    /// <summary>A number, a null (NaN) or an array of them as doubles; jsonlite writes a length-1 vector as a scalar.</summary>
    public static double[] Doubles(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(Number)] : [Number(e)];

    /// <summary>A number, or NaN for null.</summary>
    public static double Number(this JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    /// <summary>Writes the named columns as a CSV file (numbers in round-trip form), rows in <paramref name="order"/> if given.</summary>
    public static void WriteCsv(string path, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> columns, IReadOnlyList<int>? order = null)
    {
        var sb = new StringBuilder(string.Join(',', columns.Select(c => c.Name))).Append('\n');
        var n = columns[0].Values.Count;
        for (var k = 0; k < n; k++)
        {
            var i = order?[k] ?? k;
            sb.AppendJoin(',', columns.Select(c => c.Values[i])).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>A fixture column as CSV cells.</summary>
    public static (string Name, IReadOnlyList<string> Values) Column(JsonElement data, string name, string? header = null) =>
        (header ?? name, data.GetProperty(name).Doubles().Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray());

    /// <summary>|actual − expected| ≤ tol·max(1, |expected|); NaN expected (R's NA) requires NaN (the CLI's null).</summary>
    public static void Close(double expected, double actual, double tol, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }

        Assert.True(Math.Abs(actual - expected) <= tol * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
    }

    /// <summary>|actual − expected| ≤ tol·|expected| (purely relative, for p-values).</summary>
    public static void Relative(double expected, double actual, double tol, string what)
    {
        if (double.IsNaN(expected) || expected == 0)
        {
            Close(expected, actual, tol, what);
            return;
        }

        Assert.True(Math.Abs(actual - expected) <= tol * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R}");
    }

    /// <summary>Element-wise <see cref="Close"/>, equal lengths.</summary>
    public static void AllClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tol, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Close(expected[i], actual[i], tol, $"{what}[{i}]");
        }
    }
}
