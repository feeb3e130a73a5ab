using System.Text.Json;

namespace Motus.Statistics.Tests;

/// <summary>
/// Reads reference values produced by R. Each area has a folder tests/fixtures/r/AREA with the R script that made the
/// fixtures (make.R, run with <c>Rscript make.R</c> from that folder) and the JSON files it wrote.
/// </summary>
public static class RFixtures
{
    /// <summary>The parsed JSON fixture tests/fixtures/r/<paramref name="area"/>/<paramref name="file"/>.</summary>
    public static JsonElement Load(string area, string file)
    {
        var path = Path.Combine(RepoRoot(), "tests", "fixtures", "r", area, file);
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    /// <summary>A JSON number array as doubles (R's NA written as null becomes NaN).</summary>
    public static double[] Doubles(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray()
            : [e.GetDouble()];

    /// <summary>A JSON number array as integers.</summary>
    public static int[] Ints(this JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => (int)x.GetDouble()).ToArray() : [(int)e.GetDouble()];

    /// <summary>The repository root (the folder holding Motus.slnx).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Motus.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Motus.slnx not found");
    }
}

/// <summary>Tolerance assertions for numbers compared with R.</summary>
public static class Close
{
    /// <summary>
    /// Asserts |actual − expected| ≤ tol · max(1, |expected|): relative for large values, absolute near zero.
    /// NaN expected (R's NA) requires NaN or null-as-NaN actual.
    /// </summary>
    public static void Equal(double expected, double actual, double tol, string? what = null)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }

        if (double.IsInfinity(expected))
        {
            Assert.True(expected == actual, $"{what}: expected {expected}, got {actual:R}");
            return;
        }

        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual - expected) <= tol * scale, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tol:G2} relative)");
    }

    /// <summary>Asserts |actual − expected| ≤ tol · |expected| (purely relative; for p-values and other small quantities).</summary>
    public static void Relative(double expected, double actual, double tol, string? what = null)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected) || expected == 0)
        {
            Equal(expected, actual, tol, what);
            return;
        }

        Assert.True(Math.Abs(actual - expected) <= tol * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R} (relative tolerance {tol:G2})");
    }

    /// <summary>Element-wise <see cref="Equal(double, double, double, string?)"/> with equal lengths.</summary>
    public static void All(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tol, string? what = null)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], tol, $"{what}[{i}]");
        }
    }
}
