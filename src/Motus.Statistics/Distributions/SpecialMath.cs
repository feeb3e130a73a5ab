namespace Motus.Statistics.Distributions;

/// <summary>
/// Building blocks for accurate densities and tail probabilities: log1p/expm1 without cancellation, and Loader's
/// saddle-point terms (Stirling error and deviance <c>bd0</c>) so that x^a·e^−x/Γ(a+1) and binomial-type kernels are
/// computed to full relative precision even for parameters of order 10^5 (Loader C. 2000, "Fast and accurate
/// computation of binomial probabilities", unpublished technical note; the method R's <c>dbinom</c>/<c>dpois</c> use).
/// </summary>
internal static class SpecialMath
{
    /// <summary>ln √(2π).</summary>
    internal const double LnSqrt2Pi = 0.918938533204672741780329736406;

    /// <summary>ln(2π).</summary>
    internal const double Ln2Pi = 1.837877066409345483560659472811;

    /// <summary>1/√(2π).</summary>
    internal const double InvSqrt2Pi = 0.398942280401432677939946059934;

    /// <summary>ln(1 + x) without cancellation for small x (Goldberg 1991, Theorem 4).</summary>
    internal static double Log1p(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (double.IsPositiveInfinity(u))
        {
            return Math.Log(x);
        }

        return Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>e^x − 1 without cancellation for small x (Kahan's trick).</summary>
    internal static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Exp(x) - 1.0;
        }

        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    /// <summary>
    /// Stirling's error δ(n) = ln Γ(n+1) − (n + ½) ln n + n − ln √(2π), for real n &gt; 0. For n &gt; 15 the asymptotic
    /// series; below, the exact recursion δ(n) = δ(n+1) + (n + ½)·ln(1 + 1/n) − 1, which keeps absolute accuracy ~1e-16.
    /// </summary>
    internal static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12;
        const double s1 = 1.0 / 360;
        const double s2 = 1.0 / 1260;
        const double s3 = 1.0 / 1680;
        const double s4 = 1.0 / 1188;

        if (n < 1e-8)
        {
            // δ(n) → −½ ln n − ln√(2π) + (1 − γ)n as n → 0.
            return (-0.5 * Math.Log(n)) - LnSqrt2Pi + ((1 - 0.5772156649015329) * n) - (n * Math.Log(n));
        }

        var acc = 0.0;
        while (n <= 15.0)
        {
            acc += ((n + 0.5) * Log1p(1.0 / n)) - 1.0;
            n += 1.0;
        }

        var nn = n * n;
        double series;
        if (n > 500)
        {
            series = (s0 - (s1 / nn)) / n;
        }
        else if (n > 80)
        {
            series = (s0 - ((s1 - (s2 / nn)) / nn)) / n;
        }
        else if (n > 35)
        {
            series = (s0 - ((s1 - ((s2 - (s3 / nn)) / nn)) / nn)) / n;
        }
        else
        {
            series = (s0 - ((s1 - ((s2 - ((s3 - (s4 / nn)) / nn)) / nn)) / nn)) / n;
        }

        return acc + series;
    }

    /// <summary>Deviance term bd0(x, m) = x·ln(x/m) + m − x, evaluated by a series when x ≈ m (Loader 2000).</summary>
    internal static double Bd0(double x, double m)
    {
        if (x == 0)
        {
            return m;
        }

        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            var v = (x - m) / (x + m);
            var s = (x - m) * v;
            if (Math.Abs(s) < double.Epsilon * 4)
            {
                return s;
            }

            var ej = 2 * x * v;
            v *= v;
            for (var j = 1; j < 1000; j++)
            {
                ej *= v;
                var s1 = s + (ej / ((2 * j) + 1));
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return (x * Math.Log(x / m)) + m - x;
    }

    /// <summary>Poisson-type kernel x^a·e^−x / Γ(a+1) for real a ≥ 0, x ≥ 0, to full relative precision (R: <c>dpois_raw</c>).</summary>
    internal static double PoissonKernel(double a, double x)
    {
        if (x == 0)
        {
            return a == 0 ? 1 : 0;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        if (a == 0)
        {
            return Math.Exp(-x);
        }

        if (x < a * 1e-300)
        {
            return Math.Exp((a * Math.Log(x)) - x - LogGamma(a + 1));
        }

        return Math.Exp(-StirlingError(a) - Bd0(a, x)) / Math.Sqrt(2 * Math.PI * a);
    }

    /// <summary>
    /// Binomial-type kernel Γ(a+b+1)/(Γ(a+1)Γ(b+1))·x^a·y^b with y = 1 − x supplied separately (both accurate), for real
    /// a, b &gt; 0 (R: <c>dbinom_raw(a, a+b, x, y)</c>).
    /// </summary>
    internal static double BinomialKernel(double a, double b, double x, double y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        var n = a + b;
        var lc = StirlingError(n) - StirlingError(a) - StirlingError(b) - Bd0(a, n * x) - Bd0(b, n * y);
        var lf = Ln2Pi + Math.Log(a) + Math.Log(b / n);
        return Math.Exp(lc - (0.5 * lf));
    }

    /// <summary>Binomial probability P(X = k) for integer k, n (R: <c>dbinom</c>, Loader's algorithm).</summary>
    internal static double BinomialPmf(double k, double n, double p, double q)
    {
        if (p == 0)
        {
            return k == 0 ? 1 : 0;
        }

        if (q == 0)
        {
            return k == n ? 1 : 0;
        }

        if (k == 0)
        {
            if (n == 0)
            {
                return 1;
            }

            return Math.Exp(p < 0.1 ? -Bd0(n, n * q) - (n * p) : n * Math.Log(q));
        }

        if (k == n)
        {
            return Math.Exp(q < 0.1 ? -Bd0(n, n * p) - (n * q) : n * Math.Log(p));
        }

        var lc = StirlingError(n) - StirlingError(k) - StirlingError(n - k) - Bd0(k, n * p) - Bd0(n - k, n * q);
        var lf = Ln2Pi + Math.Log(k) + Log1p(-k / n);
        return Math.Exp(lc - (0.5 * lf));
    }

    /// <summary>ln Γ(x) for x &gt; 0 (used only where a few ulps of absolute error are harmless: starting values, extreme branches).</summary>
    internal static double LogGamma(double x) => MathNet.Numerics.SpecialFunctions.GammaLn(x);

    /// <summary>ln B(a, b) (starting values only; not used where full precision matters).</summary>
    internal static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);
}
