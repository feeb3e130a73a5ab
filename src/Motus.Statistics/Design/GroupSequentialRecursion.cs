using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>
/// Armitage–McPherson–Rowe (1969) recursive numerical integration of the canonical joint distribution of Z₁…Z_K
/// (Z_k√t_k a Brownian motion with drift θ at times t_k), on the grid of Jennison &amp; Turnbull (2000, Group Sequential
/// Methods, §19.2): per look 6r − 1 points concentrated around the mean (log-spaced in the tails, out to ±(3 + 4 ln r)
/// SD), cut at the continuation region, doubled with mid-points and integrated by Simpson's rule. The sub-density of Z_k
/// on the continuation region is carried from look to look; crossing probabilities at a look need only one pass over the
/// previous look's grid, so boundaries are solved by Newton iteration on that one-dimensional sum.
/// </summary>
internal sealed class GroupSequentialRecursion
{
    private readonly double[] _t;
    private readonly int _r;
    private readonly double _drift;

    // State after look k: grid on the continuation region, Simpson weights × sub-density.
    private double[] _z = [];
    private double[] _wg = [];
    private int _look = -1;

    internal GroupSequentialRecursion(double[] informationFractions, int r, double drift)
    {
        _t = informationFractions;
        _r = r;
        _drift = drift;
    }

    /// <summary>P(reach look k+1 and Z ≥ c) and P(reach look k+1 and Z ≤ a), k+1 being the next look.</summary>
    internal (double Upper, double Lower) Crossing(double c, double a)
    {
        var k = _look + 1;
        if (k == 0)
        {
            var mean = _drift * Math.Sqrt(_t[0]);
            return (Dist.NormalUpper(c - mean), double.IsNegativeInfinity(a) ? 0 : Dist.NormalCdf(a - mean));
        }

        var sqrtTk = Math.Sqrt(_t[k]);
        var sqrtTp = Math.Sqrt(_t[k - 1]);
        var delta = _t[k] - _t[k - 1];
        var sd = Math.Sqrt(delta);
        var shift = _drift * delta;
        double up = 0, low = 0;
        for (var i = 0; i < _z.Length; i++)
        {
            var s = (_z[i] * sqrtTp) + shift;
            up += _wg[i] * Dist.NormalUpper(((c * sqrtTk) - s) / sd);
            if (!double.IsNegativeInfinity(a))
            {
                low += _wg[i] * Dist.NormalCdf(((a * sqrtTk) - s) / sd);
            }
        }

        return (up, low);
    }

    /// <summary>d/dc of P(Z ≥ c) + P(Z ≤ −c) at the next look (two-sided) or of P(Z ≥ c) (one-sided); negative.</summary>
    internal double CrossingDerivative(double c, bool twoSided)
    {
        var k = _look + 1;
        if (k == 0)
        {
            var mean = _drift * Math.Sqrt(_t[0]);
            return -(Dist.NormalDensity(c - mean) + (twoSided ? Dist.NormalDensity(-c - mean) : 0));
        }

        var sqrtTk = Math.Sqrt(_t[k]);
        var sqrtTp = Math.Sqrt(_t[k - 1]);
        var delta = _t[k] - _t[k - 1];
        var sd = Math.Sqrt(delta);
        var shift = _drift * delta;
        var d = 0.0;
        for (var i = 0; i < _z.Length; i++)
        {
            var s = (_z[i] * sqrtTp) + shift;
            d += _wg[i] * Dist.NormalDensity(((c * sqrtTk) - s) / sd);
            if (twoSided)
            {
                d += _wg[i] * Dist.NormalDensity(((-c * sqrtTk) - s) / sd);
            }
        }

        return -d * sqrtTk / sd;
    }

    /// <summary>Moves to the next look with continuation region (a, c): builds its grid and the sub-density on it.</summary>
    internal void Advance(double c, double a)
    {
        var k = _look + 1;
        var mean = _drift * Math.Sqrt(_t[k]);
        var (z, w) = BuildGrid(mean, a, c, _r);
        var wg = new double[z.Length];
        if (k == 0)
        {
            for (var j = 0; j < z.Length; j++)
            {
                wg[j] = w[j] * Dist.NormalDensity(z[j] - mean);
            }
        }
        else
        {
            var sqrtTk = Math.Sqrt(_t[k]);
            var sqrtTp = Math.Sqrt(_t[k - 1]);
            var delta = _t[k] - _t[k - 1];
            var sd = Math.Sqrt(delta);
            var shift = _drift * delta;
            var scale = sqrtTk / sd * SpecialMath.InvSqrt2Pi;
            var s = new double[_z.Length];
            for (var i = 0; i < _z.Length; i++)
            {
                s[i] = (_z[i] * sqrtTp) + shift;
            }

            for (var j = 0; j < z.Length; j++)
            {
                var x = z[j] * sqrtTk;
                var sum = 0.0;
                for (var i = 0; i < s.Length; i++)
                {
                    var u = (x - s[i]) / sd;
                    sum += _wg[i] * Math.Exp(-0.5 * u * u);
                }

                wg[j] = w[j] * sum * scale;
            }
        }

        _z = z;
        _wg = wg;
        _look = k;
    }

    /// <summary>Jennison–Turnbull grid for a look with mean <paramref name="mean"/>, cut to (a, b), with Simpson weights.</summary>
    internal static (double[] Z, double[] W) BuildGrid(double mean, double a, double b, int r)
    {
        var basePoints = new List<double>((6 * r) + 1);
        if (a > mean - 3 - (4 * Math.Log(r)))
        {
            basePoints.Add(a);
        }

        for (var i = 1; i <= (6 * r) - 1; i++)
        {
            double x;
            if (i < r)
            {
                x = mean - 3 - (4 * Math.Log((double)r / i));
            }
            else if (i <= 5 * r)
            {
                x = mean - 3 + (3.0 * (i - r) / (2 * r));
            }
            else
            {
                x = mean + 3 + (4 * Math.Log((double)r / ((6 * r) - i)));
            }

            if (x > a && x < b)
            {
                basePoints.Add(x);
            }
        }

        if (b < mean + 3 + (4 * Math.Log(r)))
        {
            basePoints.Add(b);
        }

        if (basePoints.Count < 2)
        {
            // The continuation region is narrower than one grid step (or lies far in a tail): integrate it in one panel.
            basePoints.Clear();
            basePoints.Add(double.IsNegativeInfinity(a) ? b - 1 : a);
            basePoints.Add(double.IsPositiveInfinity(b) ? a + 1 : b);
        }

        var m = basePoints.Count;
        var z = new double[(2 * m) - 1];
        var w = new double[(2 * m) - 1];
        for (var i = 0; i < m; i++)
        {
            z[2 * i] = basePoints[i];
            if (i + 1 < m)
            {
                z[(2 * i) + 1] = 0.5 * (basePoints[i] + basePoints[i + 1]);
                var h = basePoints[i + 1] - basePoints[i];
                w[2 * i] += h / 6;
                w[(2 * i) + 1] += 4 * h / 6;
                w[(2 * i) + 2] += h / 6;
            }
        }

        return (z, w);
    }
}
