namespace Motus.Analysis.Tests.Common;

/// <summary>Tolerance assertions: |actual − expected| ≤ tol · max(1, |expected|), relative for large values, absolute near 0.</summary>
internal static class Close
{
    public static void Equal(double expected, double? actual, double tol, string? what = null)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual!.Value - expected) <= tol * scale, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tol:G2})");
    }
}
