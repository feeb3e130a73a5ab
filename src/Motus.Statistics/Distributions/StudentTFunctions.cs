namespace Motus.Statistics.Distributions;

/// <summary>
/// Student t CDF and density for real df &gt; 0. The CDF goes through the incomplete beta:
/// P(|T| &gt; |t|) = I_{n/(n+t²)}(n/2, ½), with n/(n+t²) and t²/(n+t²) both formed without cancellation. The density
/// follows R's <c>dt</c> (saddle-point form: exact for df up to 10^6 and beyond).
/// </summary>
internal static class StudentTFunctions
{
    /// <summary>(P(T ≤ t), P(T &gt; t)) for df <paramref name="n"/>.</summary>
    internal static (double Lower, double Upper) Cdf(double t, double n)
    {
        if (double.IsPositiveInfinity(n))
        {
            return (NormalFunctions.Cdf(t), NormalFunctions.Cdf(-t));
        }

        if (double.IsInfinity(t))
        {
            return t > 0 ? (1, 0) : (0, 1);
        }

        double x, y;
        var t2 = t * t;
        if (double.IsPositiveInfinity(t2) || t2 > 1e300)
        {
            var at = Math.Abs(t);
            x = n / at / at;
            y = 1;
        }
        else
        {
            x = n / (n + t2);
            y = t2 / (n + t2);
        }

        // Two-sided tail P(|T| > |t|) = I_x(n/2, 1/2).
        var twoSided = IncompleteBeta.Evaluate(n / 2, 0.5, x, y);
        var tail = 0.5 * twoSided.Lower;
        var central = 0.5 + (0.5 * twoSided.Upper);
        return t <= 0 ? (tail, central) : (central, tail);
    }

    /// <summary>Density of t with df <paramref name="n"/> at <paramref name="x"/> (R: <c>dt</c>).</summary>
    internal static double Density(double x, double n)
    {
        if (double.IsPositiveInfinity(n))
        {
            return NormalFunctions.Density(x);
        }

        if (double.IsInfinity(x))
        {
            return 0;
        }

        var t = -SpecialMath.Bd0(n / 2, (n + 1) / 2) + SpecialMath.StirlingError((n + 1) / 2) - SpecialMath.StirlingError(n / 2);
        var x2n = x * x / n;
        double u, lx2n;
        var large = x2n > 1 / 2.220446049250313e-16;
        if (large)
        {
            var ax = Math.Abs(x);
            lx2n = Math.Log(ax) - (Math.Log(n) / 2);
            u = n * lx2n;
            return Math.Exp(t - u) * SpecialMath.InvSqrt2Pi * Math.Sqrt(n) / ax;
        }

        if (x2n > 0.2)
        {
            lx2n = Math.Log(1 + x2n) / 2;
            u = n * lx2n;
        }
        else
        {
            lx2n = SpecialMath.Log1p(x2n) / 2;
            u = -SpecialMath.Bd0(n / 2, (n + (x * x)) / 2) + (x * x / 2);
        }

        return Math.Exp(t - u) * SpecialMath.InvSqrt2Pi * Math.Exp(-lx2n);
    }
}
