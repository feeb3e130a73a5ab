using System.Text.Json;
using Motus.Testing;

namespace Motus.Analysis.Tests.Common;

/// <summary>
/// Reads reference values produced by R: tests/fixtures/r/AREA/FILE, written by the make.R script in the same folder
/// (run with <c>Rscript make.R</c> from there).
/// </summary>
internal static class RFixtures
{
    /// <summary>The parsed JSON fixture tests/fixtures/r/<paramref name="area"/>/<paramref name="file"/>.</summary>
    public static JsonElement Load(string area, string file)
    {
        var path = Path.Combine(RepoPaths.Root(), "tests", "fixtures", "r", area, file);
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    /// <summary>A JSON number array as doubles.</summary>
    public static double[] Doubles(this JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    /// <summary>A JSON number array as integers.</summary>
    public static int[] Ints(this JsonElement e) => e.EnumerateArray().Select(x => (int)x.GetDouble()).ToArray();

    /// <summary>A number, or null for R's NA written as null.</summary>
    public static double? NullableDouble(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDouble();
}
