namespace Motus.Statistics.Design;

/// <summary>Brent's root finder (Brent 1973, ch. 4; the algorithm of R's <c>uniroot</c>) for the design solvers.</summary>
internal static class Roots
{
    /// <summary>Root of <paramref name="f"/> in [a, b], which must bracket a sign change; absolute tolerance <paramref name="tol"/>.</summary>
    internal static double Brent(Func<double, double> f, double a, double b, double tol = 1e-13, int maxIterations = 500)
    {
        var fa = f(a);
        var fb = f(b);
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        if (Math.Sign(fa) == Math.Sign(fb))
        {
            return double.NaN;
        }

        var c = a;
        var fc = fa;
        var d = b - a;
        var e = d;
        for (var i = 0; i < maxIterations; i++)
        {
            if (Math.Sign(fb) == Math.Sign(fc))
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tol1 = (2 * 2.220446049250313e-16 * Math.Abs(b)) + (0.5 * tol);
            var xm = 0.5 * (c - b);
            if (Math.Abs(xm) <= tol1 || fb == 0)
            {
                return b;
            }

            if (Math.Abs(e) >= tol1 && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var s = fb / fa;
                if (a == c)
                {
                    p = 2 * xm * s;
                    q = 1 - s;
                }
                else
                {
                    var qq = fa / fc;
                    var r = fb / fc;
                    p = s * ((2 * xm * qq * (qq - r)) - ((b - a) * (r - 1)));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                if (2 * p < Math.Min((3 * xm * q) - Math.Abs(tol1 * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = xm;
                    e = d;
                }
            }
            else
            {
                d = xm;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1);
            fb = f(b);
        }

        return b;
    }
}
