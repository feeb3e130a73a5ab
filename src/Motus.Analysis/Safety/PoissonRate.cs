using Motus.Statistics.Distributions;

namespace Motus.Analysis.Safety;

/// <summary>
/// Exact (Garwood 1936, Biometrika 28:437–442) confidence limits of a Poisson count: lower = χ²(α/2; 2k)/2 (0 when
/// k = 0), upper = χ²(1 − α/2; 2k + 2)/2. Divided by the exposure they bound the rate. R: <c>poisson.test(k, T)$conf.int</c>.
/// </summary>
public static class PoissonRate
{
    /// <summary>The limits of the rate k / exposure (per unit of exposure).</summary>
    /// <param name="events">k ≥ 0.</param>
    /// <param name="exposure">Exposure &gt; 0 (any unit; the rate is per that unit).</param>
    /// <param name="confidenceLevel">Level in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 0, exposure ≤ 0 or a level outside (0, 1).</exception>
    public static (double Lower, double Upper) Interval(int events, double exposure, double confidenceLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        if (!(exposure > 0) || !double.IsFinite(exposure))
        {
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "Exposure must be a positive number.");
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "Must be strictly between 0 and 1.");
        }

        var alpha = 1 - confidenceLevel;
        var lower = events == 0 ? 0 : Dist.ChiSquareQuantile(alpha / 2, 2.0 * events) / 2;
        var upper = Dist.ChiSquareQuantile(1 - (alpha / 2), (2.0 * events) + 2) / 2;
        return (lower / exposure, upper / exposure);
    }
}
