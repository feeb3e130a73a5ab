namespace Motus.Statistics.Distributions;

/// <summary>
/// Regularised incomplete gamma P(a, x) and Q(a, x) = 1 − P(a, x), each to full relative precision in its own tail.
/// The smaller tail is computed directly: the power series for P when x &lt; a + 1, Legendre's continued fraction
/// (modified Lentz) for Q otherwise; the prefactor x^a·e^−x/Γ(a+1) uses Loader's saddle-point form so it stays exact for
/// a up to 10^6 and beyond (no lgamma cancellation). Iterations grow like √a.
/// </summary>
internal static class IncompleteGamma
{
    private const double Eps = 1e-16;
    private const double Tiny = 1e-300;

    /// <summary>Computes (P, Q) for shape <paramref name="a"/> &gt; 0 and <paramref name="x"/> ≥ 0.</summary>
    internal static (double Lower, double Upper) Evaluate(double a, double x)
    {
        if (x <= 0)
        {
            return (0, 1);
        }

        if (double.IsPositiveInfinity(x))
        {
            return (1, 0);
        }

        if (x < a + 1)
        {
            var p = SpecialMath.PoissonKernel(a, x) * Series(a, x);
            return (p, 1 - p);
        }

        var q = a * SpecialMath.PoissonKernel(a, x) * ContinuedFraction(a, x);
        return (1 - q, q);
    }

    /// <summary>Density of Gamma(a, 1) at x: x^(a−1)·e^−x/Γ(a).</summary>
    internal static double Density(double a, double x)
    {
        if (x <= 0 || double.IsPositiveInfinity(x))
        {
            return x == 0 && a < 1 ? double.PositiveInfinity : x == 0 && a == 1 ? 1 : 0;
        }

        return a / x * SpecialMath.PoissonKernel(a, x);
    }

    // Σ_{n≥0} x^n / ((a+1)…(a+n)).
    private static double Series(double a, double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var ap = a;
        for (var n = 0; n < 1_000_000; n++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (term < sum * Eps)
            {
                break;
            }
        }

        return sum;
    }

    // Continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))) by the modified Lentz method.
    private static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 1_000_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < Eps)
            {
                break;
            }
        }

        return h;
    }
}
