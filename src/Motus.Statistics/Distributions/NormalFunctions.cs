namespace Motus.Statistics.Distributions;

/// <summary>
/// Standard normal Φ, its upper tail and quantile. Φ(x) = ½·erfc(−x/√2) with Math.NET's erfc (a port of Boost's
/// minimax rational approximations, relative error ~1e-16 down to 1e-308); the quantile starts from Math.NET's
/// inverse erfc and is polished by one Halley step on Φ, so it is accurate in the relative sense in both tails.
/// </summary>
internal static class NormalFunctions
{
    private const double Sqrt2 = 1.41421356237309504880168872421;

    /// <summary>Φ(x).</summary>
    internal static double Cdf(double x) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-x / Sqrt2);

    /// <summary>φ(x).</summary>
    internal static double Density(double x) => SpecialMath.InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Φ⁻¹(p) for the lower tail p ∈ [0, 1].</summary>
    internal static double Quantile(double p)
    {
        if (p <= 0)
        {
            return double.NegativeInfinity;
        }

        if (p >= 1)
        {
            return double.PositiveInfinity;
        }

        return p <= 0.5 ? LowerTailQuantile(p) : -LowerTailQuantile(1 - p);
    }

    /// <summary>Φ⁻¹(1 − q) computed from the upper-tail probability q directly.</summary>
    internal static double UpperQuantile(double q) => q <= 0 ? double.PositiveInfinity : q >= 1 ? double.NegativeInfinity
        : q <= 0.5 ? -LowerTailQuantile(q) : LowerTailQuantile(1 - q);

    // x with Φ(x) = p for p ≤ ½ (x ≤ 0).
    private static double LowerTailQuantile(double p)
    {
        var x = -Sqrt2 * MathNet.Numerics.SpecialFunctions.ErfcInv(2 * p);
        if (!double.IsFinite(x))
        {
            return x;
        }

        // Halley refinement: e = (Φ(x) − p)/φ(x); x ← x − e/(1 + x·e/2).
        for (var i = 0; i < 2; i++)
        {
            var d = Density(x);
            if (d == 0)
            {
                break;
            }

            var e = (Cdf(x) - p) / d;
            x -= e / (1 + (x * e / 2));
        }

        return x;
    }
}
