namespace Motus.Analysis.Progression;

/// <summary>
/// Nonlinear least squares for y = 48 / (1 + exp((t − D50)/dx)) by Levenberg–Marquardt (Marquardt 1963) on the
/// parameters (D50, ln dx), so that dx stays positive. Two parameters: the 2×2 normal equations are solved directly.
/// </summary>
internal static class SigmoidLeastSquares
{
    public const double Maximum = 48;

    internal readonly record struct Outcome(double D50, double Dx, double Rss, bool Converged, int Iterations);

    /// <summary>Fits from one start. Returns the last iterate when it did not converge.</summary>
    public static Outcome Fit(double[] t, double[] y, double d50, double dx, int maxIterations, double tolerance, double maxD50)
    {
        var p0 = d50;
        var p1 = Math.Log(dx);
        var rss = Rss(t, y, p0, Math.Exp(p1));
        var lambda = 1e-3;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            // J = ∂f/∂(D50, ln dx); f = 48·g, g = 1/(1 + e^u), u = (t − D50)/dx; ∂f/∂u = −48·g(1 − g)
            double a00 = 0, a01 = 0, a11 = 0, g0 = 0, g1 = 0;
            var scale = Math.Exp(p1);
            for (var i = 0; i < t.Length; i++)
            {
                var u = (t[i] - p0) / scale;
                var g = Logistic(u);
                var dfdu = -Maximum * g * (1 - g);
                var j0 = -dfdu / scale; // ∂u/∂D50 = −1/dx
                var j1 = -dfdu * u;     // ∂u/∂ln dx = −u
                var r = y[i] - (Maximum * g);
                a00 += j0 * j0;
                a01 += j0 * j1;
                a11 += j1 * j1;
                g0 += j0 * r;
                g1 += j1 * r;
            }

            if (RelativeOffset(a00, a01, a11, g0, g1, rss, t.Length) < tolerance)
            {
                return new Outcome(p0, Math.Exp(p1), rss, true, iteration - 1);
            }

            var accepted = false;
            while (lambda < 1e12)
            {
                var b00 = a00 * (1 + lambda);
                var b11 = a11 * (1 + lambda);
                var det = (b00 * b11) - (a01 * a01);
                if (!(det > 0))
                {
                    lambda *= 10;
                    continue;
                }

                var s0 = ((b11 * g0) - (a01 * g1)) / det;
                var s1 = ((b00 * g1) - (a01 * g0)) / det;
                var n0 = p0 + s0;
                var n1 = Math.Clamp(p1 + s1, -20, 20);
                var newRss = Rss(t, y, n0, Math.Exp(n1));
                if (newRss < rss)
                {
                    var small = Math.Abs(s0) <= tolerance * (Math.Abs(p0) + tolerance) && Math.Abs(s1) <= tolerance * (Math.Abs(p1) + tolerance);
                    p0 = n0;
                    p1 = n1;
                    rss = newRss;
                    lambda = Math.Max(lambda / 10, 1e-12);
                    accepted = true;
                    if (small)
                    {
                        return new Outcome(p0, Math.Exp(p1), rss, true, iteration);
                    }

                    break;
                }

                lambda *= 10;
            }

            if (!accepted)
            {
                // No downhill step at any damping: a (local) minimum to machine precision.
                return new Outcome(p0, Math.Exp(p1), rss, true, iteration);
            }

            if (Math.Abs(p0) > maxD50 * 10)
            {
                return new Outcome(p0, Math.Exp(p1), rss, false, iteration);
            }
        }

        return new Outcome(p0, Math.Exp(p1), rss, false, maxIterations);
    }

    /// <summary>The logistic 1 / (1 + e^u), computed without overflow.</summary>
    public static double Logistic(double u) => u >= 0 ? Math.Exp(-u) / (1 + Math.Exp(-u)) : 1 / (1 + Math.Exp(u));

    /// <summary>
    /// True when the curve is flat over every t (g(1 − g) &lt; 1e-6, i.e. within 5e-5 points of 48 or of 0): a stationary
    /// point of the plateau, where the gradient vanishes without a fit.
    /// </summary>
    public static bool IsFlat(double[] t, double d50, double dx) => t.All(ti =>
    {
        var g = Logistic((ti - d50) / dx);
        return g * (1 - g) < 1e-6;
    });

    /// <summary>Residual sum of squares at (D50, dx).</summary>
    public static double Rss(double[] t, double[] y, double d50, double dx)
    {
        var rss = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            var r = y[i] - (Maximum * Logistic((t[i] - d50) / dx));
            rss += r * r;
        }

        return rss;
    }

    /// <summary>
    /// The standard errors of (D50, dx): σ̂²(JᵀJ)⁻¹ with J = ∂f/∂(D50, dx) and σ̂² = RSS/(n − 2), as R's summary.nls;
    /// null with fewer than three points or a singular JᵀJ.
    /// </summary>
    public static (double D50, double Dx)? StandardErrors(double[] t, double d50, double dx, double rss)
    {
        var n = t.Length;
        if (n <= 2)
        {
            return null;
        }

        double a00 = 0, a01 = 0, a11 = 0;
        for (var i = 0; i < n; i++)
        {
            var u = (t[i] - d50) / dx;
            var g = Logistic(u);
            var dfdu = -Maximum * g * (1 - g);
            var j0 = -dfdu / dx;
            var j1 = -dfdu * u / dx; // ∂u/∂dx = −u/dx
            a00 += j0 * j0;
            a01 += j0 * j1;
            a11 += j1 * j1;
        }

        var det = (a00 * a11) - (a01 * a01);
        if (!(det > 1e-14 * a00 * a11))
        {
            return null;
        }

        var sigma2 = rss / (n - 2);
        return (Math.Sqrt(sigma2 * a11 / det), Math.Sqrt(sigma2 * a00 / det));
    }

    // R's nls convergence criterion √(‖Q₁ᵀr‖² / ‖Q₂ᵀr‖²): the part of the residual the model can still explain over the rest;
    // with n = p the fit is exact, tested on RSS.
    private static double RelativeOffset(double a00, double a01, double a11, double g0, double g1, double rss, int n)
    {
        var det = (a00 * a11) - (a01 * a01);
        if (!(det > 0))
        {
            return double.PositiveInfinity;
        }

        // ‖projection of r on span(J)‖² = gᵀ(JᵀJ)⁻¹g
        var projected = ((a11 * g0 * g0) - (2 * a01 * g0 * g1) + (a00 * g1 * g1)) / det;
        if (n <= 2)
        {
            return rss < 1e-24 ? 0 : double.PositiveInfinity;
        }

        var rest = rss - projected;
        return rest <= 0 ? 0 : Math.Sqrt(Math.Max(projected, 0) / rest);
    }
}
