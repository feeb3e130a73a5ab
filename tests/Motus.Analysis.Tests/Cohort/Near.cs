namespace Motus.Analysis.Tests.Cohort;

/// <summary>Tolerance assertions for comparisons with R: |actual − expected| ≤ tol · max(1, |expected|).</summary>
internal static class Near
{
    public static void Equal(double expected, double? actual, double tol, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual!.Value - expected) <= tol * scale, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tol:G2})");
    }

    public static void All(IReadOnlyList<double> expected, IReadOnlyList<double?> actual, double tol, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.Null(actual[i]);
            }
            else
            {
                Equal(expected[i], actual[i], tol, $"{what}[{i}]");
            }
        }
    }
}
