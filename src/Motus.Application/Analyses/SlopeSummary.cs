namespace Motus.Application.Analyses;

/// <summary>
/// The distribution of the estimable per-patient slopes, points/month. Quartiles as R's <c>quantile(x, type = 7)</c>
/// (linear interpolation between order statistics); SD with n − 1. Nulls when no slope (or, for the SD, fewer than two)
/// is estimable.
/// </summary>
/// <param name="Patients">Patients analysed.</param>
/// <param name="Estimable">Patients with a slope.</param>
/// <param name="Mean">Mean slope.</param>
/// <param name="StandardDeviation">Sample SD of the slopes.</param>
/// <param name="Minimum">Smallest slope (fastest decline).</param>
/// <param name="LowerQuartile">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="UpperQuartile">75th percentile.</param>
/// <param name="Maximum">Largest slope.</param>
public sealed record SlopeSummary(
    int Patients,
    int Estimable,
    double? Mean,
    double? StandardDeviation,
    double? Minimum,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    double? Maximum)
{
    /// <summary>The summary of <paramref name="slopes"/> (null entries are patients without a slope).</summary>
    public static SlopeSummary Of(IReadOnlyList<double?> slopes)
    {
        ArgumentNullException.ThrowIfNull(slopes);
        var x = slopes.Where(s => s.HasValue).Select(s => s!.Value).Order().ToArray();
        if (x.Length == 0)
        {
            return new SlopeSummary(slopes.Count, 0, null, null, null, null, null, null, null);
        }

        var mean = x.Average();
        double? sd = x.Length > 1 ? Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1)) : null;
        return new SlopeSummary(slopes.Count, x.Length, mean, sd, x[0], SampleQuantile.Type7(x, 0.25), SampleQuantile.Type7(x, 0.5), SampleQuantile.Type7(x, 0.75), x[^1]);
    }
}
