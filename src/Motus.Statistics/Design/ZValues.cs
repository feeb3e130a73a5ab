using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>Critical values shared by the design formulas, with the input checks every design method needs.</summary>
internal static class ZValues
{
    /// <summary>z_{1−α} (one-sided) or z_{1−α/2} (two-sided).</summary>
    internal static double Alpha(double alpha, Sidedness sidedness)
    {
        Guard.Probability(alpha, nameof(alpha));
        return Dist.NormalUpperQuantile(sidedness switch
        {
            Sidedness.OneSided => alpha,
            Sidedness.TwoSided => alpha / 2,
            _ => throw new StatisticsInputException($"sidedness = {sidedness} is not a known sidedness.", nameof(sidedness)),
        });
    }

    /// <summary>z_{1−β} = Φ⁻¹(power).</summary>
    internal static double Power(double power)
    {
        Guard.Probability(power, nameof(power));
        return Dist.NormalQuantile(power);
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    internal static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value) ? value : throw new StatisticsInputException($"{name} = {value}: must be a finite number > 0.", name);

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    internal static double NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw new StatisticsInputException($"{name} = {value}: must be a finite number ≥ 0.", name);
}
