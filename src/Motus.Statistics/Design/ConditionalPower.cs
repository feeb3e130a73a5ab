using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>
/// Conditional power by the B-value (Brownian motion) argument of Lan &amp; Wittes (1988, Biometrics 44:579–585):
/// B(t) = Z_t√t, B(1) − B(t) ~ N(θ(1 − t), 1 − t), so CP(θ) = 1 − Φ((c − Z_t√t − θ(1 − t))/√(1 − t)).
/// </summary>
/// <remarks>
/// One-sided in the direction of the effect (Z &gt; 0 favours the alternative). For a group-sequential design pass its final
/// critical value c_K; for a fixed design c = z_{1−α} (one-sided α). Interim looks between t and 1 are ignored, as in the
/// formula of trial-methods.md §4.2.
/// </remarks>
public static class ConditionalPower
{
    /// <summary>Conditional power under a given drift θ.</summary>
    /// <param name="interimZ">Observed Z_t, finite.</param>
    /// <param name="informationFraction">t in (0, 1).</param>
    /// <param name="finalCriticalValue">c on the Z scale, finite.</param>
    /// <param name="drift">θ = E[Z] at full information, finite.</param>
    public static ConditionalPowerResult Compute(double interimZ, double informationFraction, double finalCriticalValue, double drift) =>
        Core(interimZ, informationFraction, finalCriticalValue, drift, ConditionalPowerAssumption.Specified);

    /// <summary>Conditional power if the observed trend continues, θ̂ = Z_t/√t.</summary>
    /// <param name="interimZ">Observed Z_t, finite.</param>
    /// <param name="informationFraction">t in (0, 1).</param>
    /// <param name="finalCriticalValue">c on the Z scale, finite.</param>
    public static ConditionalPowerResult UnderCurrentTrend(double interimZ, double informationFraction, double finalCriticalValue)
    {
        Check(interimZ, informationFraction, finalCriticalValue);
        return Core(interimZ, informationFraction, finalCriticalValue, interimZ / Math.Sqrt(informationFraction), ConditionalPowerAssumption.CurrentTrend);
    }

    /// <summary>
    /// Conditional power under the alternative the fixed design was powered for: θ = z_{1−α} + z_{1−β} (α one-sided, or
    /// α/2 for a two-sided level), with final critical value <paramref name="finalCriticalValue"/>.
    /// </summary>
    /// <param name="interimZ">Observed Z_t, finite.</param>
    /// <param name="informationFraction">t in (0, 1).</param>
    /// <param name="finalCriticalValue">c on the Z scale (z_{1−α} for a fixed design, c_K for a group-sequential one).</param>
    /// <param name="alpha">Design level in (0, 1).</param>
    /// <param name="power">Design power in (0, 1).</param>
    /// <param name="sidedness">Whether <paramref name="alpha"/> is one- or two-sided.</param>
    public static ConditionalPowerResult UnderDesignAlternative(
        double interimZ, double informationFraction, double finalCriticalValue, double alpha, double power, Sidedness sidedness)
    {
        var theta = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        return Core(interimZ, informationFraction, finalCriticalValue, theta, ConditionalPowerAssumption.DesignAlternative);
    }

    private static ConditionalPowerResult Core(
        double interimZ, double informationFraction, double finalCriticalValue, double drift, ConditionalPowerAssumption assumption)
    {
        Check(interimZ, informationFraction, finalCriticalValue);
        if (!double.IsFinite(drift))
        {
            throw new StatisticsInputException($"drift = {drift}: must be a finite number.", nameof(drift));
        }

        var t = informationFraction;
        var cp = Dist.NormalUpper((finalCriticalValue - (interimZ * Math.Sqrt(t)) - (drift * (1 - t))) / Math.Sqrt(1 - t));
        return new ConditionalPowerResult(cp, drift, assumption, interimZ, t, finalCriticalValue);
    }

    private static void Check(double interimZ, double informationFraction, double finalCriticalValue)
    {
        if (!double.IsFinite(interimZ))
        {
            throw new StatisticsInputException($"interimZ = {interimZ}: must be a finite number.", nameof(interimZ));
        }

        if (!(informationFraction > 0 && informationFraction < 1))
        {
            throw new StatisticsInputException(
                $"informationFraction = {informationFraction}: an interim look must lie strictly between 0 and 1.", nameof(informationFraction));
        }

        if (!double.IsFinite(finalCriticalValue))
        {
            throw new StatisticsInputException($"finalCriticalValue = {finalCriticalValue}: must be a finite number.", nameof(finalCriticalValue));
        }
    }
}
