using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>
/// Power and sample size for comparing two independent proportions with equal arms, exactly as R's
/// <c>power.prop.test</c> (normal approximation without continuity correction).
/// </summary>
/// <remarks>
/// <para>Power (strict = false, R's default): Φ((√n·|p₁−p₂| − z·√((p₁+p₂)(1−(p₁+p₂)/2))) / √(p₁q₁+p₂q₂)), with
/// z = z_{1−α/2} (two-sided) or z_{1−α} (one-sided). With strict = true and a two-sided test the probability of rejecting in
/// the wrong direction, Φ̄((√n·|p₁−p₂| + z·√(2p̄q̄)) / √(p₁q₁+p₂q₂)), is added — the exact power of the two-sided
/// z-test; it matters only when power is low.</para>
/// <para>Sample size (non-strict) is solved in closed form, n = ((z_α√(2p̄q̄) + z_β√(p₁q₁+p₂q₂))/|p₁−p₂|)². R uses
/// <c>uniroot</c> with tolerance ε^¼ ≈ 1.2e-4, which bounds (and in practice is far above) the error of its printed n;
/// R called with <c>tol = 1e-12</c> agrees with this to 1e-8 relative or better. Strict sample size and the detectable
/// p₂ are solved with Brent's method.</para>
/// <para>Reference: Fleiss J.L., Levin B., Paik M.C. (2003) Statistical Methods for Rates and Proportions, 3rd ed., §4.2.</para>
/// </remarks>
public static class TwoProportionPower
{
    /// <summary>Power for n per arm. R: <c>power.prop.test(n, p1, p2, sig.level, alternative, strict)$power</c>.</summary>
    /// <param name="sampleSizePerArm">n per arm, &gt; 0 (may be fractional, as in R).</param>
    /// <param name="p1">Proportion in arm 1, in (0, 1).</param>
    /// <param name="p2">Proportion in arm 2, in (0, 1).</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (R's default two-sided).</param>
    /// <param name="strict">Count rejections in the wrong tail for a two-sided test (R's default false).</param>
    public static TwoProportionDesign Power(double sampleSizePerArm, double p1, double p2, double alpha, Sidedness sidedness = Sidedness.TwoSided, bool strict = false)
    {
        ZValues.Positive(sampleSizePerArm, nameof(sampleSizePerArm));
        Guard.Probability(p1, nameof(p1));
        Guard.Probability(p2, nameof(p2));
        var z = ZValues.Alpha(alpha, sidedness);
        var power = PowerCore(sampleSizePerArm, p1, p2, z, sidedness == Sidedness.TwoSided && strict);
        return new TwoProportionDesign(sampleSizePerArm, Ceiling(sampleSizePerArm), p1, p2, alpha, power, sidedness, strict, DesignQuantity.Power);
    }

    /// <summary>n per arm for the given power. R: <c>power.prop.test(p1 = , p2 = , power = , sig.level = )$n</c>.</summary>
    /// <param name="p1">Proportion in arm 1, in (0, 1).</param>
    /// <param name="p2">Proportion in arm 2, in (0, 1), different from <paramref name="p1"/>.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Target power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (R's default two-sided).</param>
    /// <param name="strict">Count rejections in the wrong tail for a two-sided test (R's default false).</param>
    public static TwoProportionDesign SampleSize(double p1, double p2, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided, bool strict = false)
    {
        Guard.Probability(p1, nameof(p1));
        Guard.Probability(p2, nameof(p2));
        if (p1 == p2)
        {
            throw new StatisticsInputException($"p1 = p2 = {p1}: there is no difference to detect, so no sample size gives power above α.", nameof(p2));
        }

        var za = ZValues.Alpha(alpha, sidedness);
        var zb = ZValues.Power(power);
        var d = Math.Abs(p1 - p2);
        var pooled = Math.Sqrt((p1 + p2) * (1 - ((p1 + p2) / 2)));
        var separate = Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2)));
        var root = ((za * pooled) + (zb * separate)) / d;
        if (root <= 0)
        {
            throw new StatisticsInputException($"power = {power} is not above the level of the test; choose power > α.", nameof(power));
        }

        var n = root * root;
        if (sidedness == Sidedness.TwoSided && strict)
        {
            // Adding the wrong-tail rejections only raises power, so the strict n is at most the non-strict one.
            var nStrict = Roots.Brent(m => PowerCore(m, p1, p2, za, true) - power, 1e-8, n);
            n = double.IsNaN(nStrict) ? n : nStrict;
        }

        return new TwoProportionDesign(n, Ceiling(n), p1, p2, alpha, power, sidedness, strict, DesignQuantity.SampleSize);
    }

    /// <summary>
    /// The p₂ detectable with the given power for n per arm, on the chosen side of p₁.
    /// R: <c>power.prop.test(n = , p1 = , power = , sig.level = )$p2</c> (which searches p₂ &gt; p₁ only).
    /// </summary>
    /// <param name="sampleSizePerArm">n per arm, &gt; 0.</param>
    /// <param name="p1">Proportion in arm 1, in (0, 1).</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Target power in (0, 1).</param>
    /// <param name="direction">Search p₂ above p₁ (R's behaviour) or below.</param>
    /// <param name="sidedness">One- or two-sided (R's default two-sided).</param>
    /// <param name="strict">Count rejections in the wrong tail for a two-sided test (R's default false).</param>
    public static TwoProportionDesign DetectableP2(
        double sampleSizePerArm, double p1, double alpha, double power, ProportionDirection direction = ProportionDirection.Above,
        Sidedness sidedness = Sidedness.TwoSided, bool strict = false)
    {
        ZValues.Positive(sampleSizePerArm, nameof(sampleSizePerArm));
        Guard.Probability(p1, nameof(p1));
        var z = ZValues.Alpha(alpha, sidedness);
        ZValues.Power(power);
        var strictTwoSided = sidedness == Sidedness.TwoSided && strict;
        double F(double p2) => PowerCore(sampleSizePerArm, p1, p2, z, strictTwoSided) - power;
        var (a, b) = direction == ProportionDirection.Above ? (p1, 1 - 1e-10) : (1e-10, p1);
        var p2 = Roots.Brent(F, a, b, 1e-14);
        if (double.IsNaN(p2))
        {
            throw new StatisticsInputException(
                $"power = {power} cannot be reached with n = {sampleSizePerArm} per arm for any p2 {(direction == ProportionDirection.Above ? "above" : "below")} p1 = {p1}.",
                nameof(power));
        }

        return new TwoProportionDesign(sampleSizePerArm, Ceiling(sampleSizePerArm), p1, p2, alpha, power, sidedness, strict, DesignQuantity.EffectSize);
    }

    private static double PowerCore(double n, double p1, double p2, double z, bool strictTwoSided)
    {
        var d = Math.Abs(p1 - p2);
        var pooled = Math.Sqrt((p1 + p2) * (1 - ((p1 + p2) / 2)));
        var separate = Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2)));
        var signal = Math.Sqrt(n * d * d);
        var power = Dist.NormalCdf((signal - (z * pooled)) / separate);
        if (strictTwoSided)
        {
            power += Dist.NormalUpper((signal + (z * pooled)) / separate);
        }

        return power;
    }

    private static int Ceiling(double n) => n >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(n);
}
