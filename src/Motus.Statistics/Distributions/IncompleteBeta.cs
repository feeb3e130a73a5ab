namespace Motus.Statistics.Distributions;

/// <summary>
/// Regularised incomplete beta I_x(a, b) and its complement, each to full relative precision in its own tail. Takes
/// x and y = 1 − x separately so callers that know 1 − x exactly (t, F, binomial) lose nothing to cancellation. The
/// continued fraction (Numerical Recipes §6.4, modified Lentz) is evaluated on the side where it converges fast
/// (x &lt; (a+1)/(a+b+2)); the prefactor x^a·y^b/(a·B(a, b)) uses Loader's saddle-point form, exact for large a and b.
/// </summary>
internal static class IncompleteBeta
{
    private const double Eps = 1e-16;
    private const double Tiny = 1e-300;

    /// <summary>Computes (I_x(a,b), 1 − I_x(a,b)); <paramref name="y"/> must equal 1 − <paramref name="x"/>.</summary>
    internal static (double Lower, double Upper) Evaluate(double a, double b, double x, double y)
    {
        var r = EvaluateWithDensity(a, b, x, y);
        return (r.Lower, r.Upper);
    }

    /// <summary>
    /// As <see cref="Evaluate"/>, also returning x^a·y^b/B(a, b) = x·y·f(x), the density scaled by x·y (the Jacobian of
    /// the logit transform), which the quantile solver needs.
    /// </summary>
    internal static (double Lower, double Upper, double XyDensity) EvaluateWithDensity(double a, double b, double x, double y)
    {
        if (x <= 0)
        {
            return (0, 1, 0);
        }

        if (y <= 0)
        {
            return (1, 0, 0);
        }

        var kernel = SpecialMath.BinomialKernel(a, b, x, y); // Γ(a+b+1)/(Γ(a+1)Γ(b+1))·x^a·y^b
        var xyDensity = kernel * a * b / (a + b);
        if (x < (a + 1) / (a + b + 2))
        {
            var lower = kernel * b / (a + b) * ContinuedFraction(a, b, x);
            return (lower, 1 - lower, xyDensity);
        }

        var upper = kernel * a / (a + b) * ContinuedFraction(b, a, y);
        return (1 - upper, upper, xyDensity);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1 / d;
        var h = d;
        for (var m = 1; m < 1_000_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + (aa / c);
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
