namespace Motus.Application;

/// <summary>Sample quantiles of sorted values, as R's <c>quantile(type = 7)</c> (the default there).</summary>
internal static class SampleQuantile
{
    /// <summary>h = (n − 1)p; x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). <paramref name="sorted"/> must be ascending and non-empty.</summary>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Count ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }
}
