using System.Text.Json;
using Motus.Statistics.Survival;

namespace Motus.Statistics.Tests.Survival;

/// <summary>Reads the survival fixtures (tests/fixtures/r/survival, written by make.R) and compares results with them.</summary>
internal static class SurvivalFixture
{
    public static JsonElement Load(string file) => RFixtures.Load("survival", file);

    public static JsonElement At(this JsonElement e, string path)
    {
        foreach (var part in path.Split('.'))
        {
            e = e.GetProperty(part);
        }

        return e;
    }

    /// <summary>True when the field is present and not R's NULL (which jsonlite writes as an empty object).</summary>
    public static bool Has(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null &&
        !(v.ValueKind == JsonValueKind.Object && !v.EnumerateObject().Any());

    /// <summary>A JSON matrix written by jsonlite (array of rows; a one-column matrix may be a plain array).</summary>
    public static double[,] Matrix(this JsonElement e, int columns)
    {
        var rows = e.EnumerateArray().ToArray();
        var m = new double[rows.Length, columns];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i].Doubles();
            for (var j = 0; j < columns; j++)
            {
                m[i, j] = r[j];
            }
        }

        return m;
    }

    public static double[,] Columns(params double[][] cols)
    {
        var m = new double[cols[0].Length, cols.Length];
        for (var i = 0; i < cols[0].Length; i++)
        {
            for (var j = 0; j < cols.Length; j++)
            {
                m[i, j] = cols[j][i];
            }
        }

        return m;
    }

    public static SurvivalData RightCensored(JsonElement data, string time = "time", string status = "status") =>
        SurvivalData.RightCensored(data.GetProperty(time).Doubles(), data.GetProperty(status).Ints());

    public static SurvivalData Counting(JsonElement data) =>
        SurvivalData.CountingProcess(data.GetProperty("entry").Doubles(), data.GetProperty("exit").Doubles(), data.GetProperty("status").Ints());

    /// <summary>Element-wise purely relative comparison (NaN expected requires NaN).</summary>
    public static void Relative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tol, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Close.Relative(expected[i], actual[i], tol, $"{what}[{i}]");
        }
    }

    public static void Relative(double[,] expected, double[,] actual, double tol, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                Close.Relative(expected[i, j], actual[i, j], tol, $"{what}[{i},{j}]");
            }
        }
    }

    /// <summary>|a − e| ≤ tol·max(1, |e|) element-wise, for residuals that cross zero.</summary>
    public static void Near(double[,] expected, double[,] actual, double tol, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                Close.Equal(expected[i, j], actual[i, j], tol, $"{what}[{i},{j}]");
            }
        }
    }

    public static double[] Nullable(IEnumerable<double?> values) => values.Select(v => v ?? double.NaN).ToArray();

    public static double[] Row(double[,] m, int column) => Enumerable.Range(0, m.GetLength(0)).Select(i => m[i, column]).ToArray();
}
