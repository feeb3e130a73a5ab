namespace Motus.Statistics.Mixed;

/// <summary>A modified-Newton step in θ or in the polar coordinates ψ.</summary>
internal sealed class NewtonCandidate
{
    private readonly double[] _origin;
    private readonly double[] _step;
    private readonly bool _polar;

    private NewtonCandidate(double[] origin, double[] step, bool polar, bool pd, double slope)
    {
        _origin = origin;
        _step = step;
        _polar = polar;
        PositiveDefinite = pd;
        Slope = slope;
        StepNorm = MaxAbs(step);
        OriginNorm = MaxAbs(origin);
    }

    public bool PositiveDefinite { get; }

    /// <summary>gᵀs, negative: the directional derivative along the step.</summary>
    public double Slope { get; }

    public double StepNorm { get; }

    public double OriginNorm { get; }

    public static NewtonCandidate Newton(ReadOnlySpan<double> origin, double[] g, double[] h, bool polar)
    {
        var m = g.Length;
        var (values, vectors) = SmallMatrix.SymmetricEigen(h, m);
        var maxAbs = 0.0;
        foreach (var v in values)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        var floor = Math.Max(1e-10 * maxAbs, 1e-300);
        var step = new double[m];
        for (var i = 0; i < m; i++)
        {
            var vg = 0.0;
            for (var k = 0; k < m; k++)
            {
                vg += vectors[(k * m) + i] * g[k];
            }

            var scale = -vg / Math.Max(Math.Abs(values[i]), floor);
            for (var k = 0; k < m; k++)
            {
                step[k] += scale * vectors[(k * m) + i];
            }
        }

        // cap the step at 10·(1 + max|x|) so a near-singular Hessian far from the optimum cannot throw the iterate away
        var maxStep = 10 * (1 + MaxAbs(origin));
        var norm = MaxAbs(step);
        if (norm > maxStep)
        {
            for (var k = 0; k < m; k++)
            {
                step[k] *= maxStep / norm;
            }
        }

        var slope = 0.0;
        for (var k = 0; k < m; k++)
        {
            slope += g[k] * step[k];
        }

        return new NewtonCandidate(origin.ToArray(), step, polar, values[0] > floor, slope);
    }

    /// <summary>θ at origin + α·step.</summary>
    public void Trial(double alpha, Span<double> theta)
    {
        Span<double> x = stackalloc double[_origin.Length];
        for (var k = 0; k < x.Length; k++)
        {
            x[k] = _origin[k] + (alpha * _step[k]);
        }

        if (_polar)
        {
            ThetaMap.FromPolar(x, theta);
        }
        else
        {
            x.CopyTo(theta);
        }
    }

    private static double MaxAbs(ReadOnlySpan<double> x)
    {
        var m = 0.0;
        foreach (var v in x)
        {
            m = Math.Max(m, Math.Abs(v));
        }

        return m;
    }
}
