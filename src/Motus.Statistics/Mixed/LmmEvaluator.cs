namespace Motus.Statistics.Mixed;

/// <summary>
/// lme4's profiled (RE)ML deviance as a function of the relative Cholesky factor θ (Bates et al. 2015, J Stat Softw 67(1),
/// eqs. 34 and 41), evaluated in O(G) from the per-group statistics: for each group Lᵢ = chol(ΛᵀZᵢᵀZᵢΛ + I),
/// R_ZXᵢ = Lᵢ⁻¹ΛᵀZᵢᵀXᵢ and c_uᵢ = Lᵢ⁻¹ΛᵀZᵢᵀyᵢ; then R_XᵀR_X = XᵀX − ΣR_ZXᵢᵀR_ZXᵢ, β̂ by two triangular solves, and
/// the penalised RSS r² = yᵀy − Σ|c_uᵢ|² − |c_β|². ML: log|L|² + n(1 + log(2πr²/n)); REML adds log|R_X|² and uses n − p.
/// </summary>
internal sealed partial class LmmEvaluator
{
    private readonly LmmData _d;
    private readonly double[] _rr;
    private readonly double[] _rc;
    private readonly double[] _w0;
    private readonly double[] _w1;
    private readonly double[] _w2;
    private readonly double[] _w3;

    public LmmEvaluator(LmmData data, bool reml)
    {
        _d = data;
        Reml = reml;
        var p = data.P;
        _rr = new double[p * p];
        _rc = new double[p];
        _w0 = new double[p];
        _w1 = new double[p];
        _w2 = new double[p];
        _w3 = new double[p];
        Lx = new double[p * p];
        Beta = new double[p];
        C = new double[p * p];
        M = data.Q == 1 ? 1 : 3;
    }

    /// <summary>True for REML.</summary>
    public bool Reml { get; }

    /// <summary>Number of θ parameters (1 or 3).</summary>
    public int M { get; }

    /// <summary>Cholesky factor (lower) of XᵀV⁻¹X·σ² = R_XᵀR_X at the last evaluation.</summary>
    public double[] Lx { get; }

    /// <summary>β̂ at the last evaluation.</summary>
    public double[] Beta { get; }

    /// <summary>(R_XᵀR_X)⁻¹ at the last evaluation (filled by <see cref="Derivatives"/>).</summary>
    public double[] C { get; }

    /// <summary>Penalised residual sum of squares r² at the last evaluation.</summary>
    public double PenalizedRss { get; private set; }

    /// <summary>log|L_θ|² = Σ log det(ΛᵀZᵢᵀZᵢΛ + I).</summary>
    public double LogDetL { get; private set; }

    /// <summary>log|R_X|².</summary>
    public double LogDetRx { get; private set; }

    /// <summary>n − p for REML, n for ML: the divisor of σ̂².</summary>
    public int DfResidual => Reml ? _d.N - _d.P : _d.N;

    /// <summary>The profiled deviance at θ; +∞ when it is not defined there (no residual variation left).</summary>
    public double Evaluate(ReadOnlySpan<double> theta)
    {
        var p = _d.P;
        Array.Clear(_rr);
        Array.Clear(_rc);
        var cc = _d.Q == 1 ? Pass1Intercept(theta[0], out var ld) : Pass1Slope(theta[0], theta[1], theta[2], out ld);
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k <= j; k++)
            {
                Lx[(j * p) + k] = _d.Xtx[(j * p) + k] - _rr[(k * p) + j];
            }
        }

        if (!SmallMatrix.Cholesky(Lx, p))
        {
            return double.PositiveInfinity;
        }

        for (var j = 0; j < p; j++)
        {
            Beta[j] = _d.Xty[j] - _rc[j];
        }

        SmallMatrix.SolveLower(Lx, p, Beta); // c_β
        var q = _d.Yty - cc;
        var ldx = 0.0;
        for (var j = 0; j < p; j++)
        {
            q -= Beta[j] * Beta[j];
            ldx += 2 * Math.Log(Lx[(j * p) + j]);
        }

        SmallMatrix.SolveLowerTransposed(Lx, p, Beta);
        PenalizedRss = q;
        LogDetL = ld;
        LogDetRx = ldx;
        if (!(q > 0))
        {
            return double.PositiveInfinity;
        }

        var nd = (double)DfResidual;
        return ld + (Reml ? ldx : 0) + (nd * (1 + Math.Log(2 * Math.PI * q / nd)));
    }

    private double Pass1Intercept(double l, out double logDet)
    {
        var p = _d.P;
        var zz = _d.Zz;
        var zx = _d.Zx;
        var zy = _d.Zy;
        var rr = _rr;
        var rc = _rc;
        var w = _w0;
        var cc = 0.0;
        var ld = 0.0;
        for (var i = 0; i < _d.G; i++)
        {
            var m = 1 + (l * l * zz[i]);
            ld += Math.Log(m);
            var f = l / Math.Sqrt(m);
            var c = f * zy[i];
            cc += c * c;
            var off = i * p;
            for (var j = 0; j < p; j++)
            {
                w[j] = f * zx[off + j];
            }

            for (var j = 0; j < p; j++)
            {
                var wj = w[j];
                rc[j] += wj * c;
                for (var k = j; k < p; k++)
                {
                    rr[(j * p) + k] += wj * w[k];
                }
            }
        }

        logDet = ld;
        return cc;
    }

    private double Pass1Slope(double l11, double l21, double l22, out double logDet)
    {
        var p = _d.P;
        var zz = _d.Zz;
        var zx = _d.Zx;
        var zy = _d.Zy;
        var rr = _rr;
        var rc = _rc;
        var r0 = _w0;
        var r1 = _w1;
        var cc = 0.0;
        var ld = 0.0;
        for (var i = 0; i < _d.G; i++)
        {
            var g11 = zz[3 * i];
            var g12 = zz[(3 * i) + 1];
            var g22 = zz[(3 * i) + 2];

            // S = ΛᵀGΛ, M = S + I = LLᵀ
            var b = (l11 * g12) + (l21 * g22);
            var s11 = (l11 * ((l11 * g11) + (l21 * g12))) + (l21 * b);
            var s12 = l22 * b;
            var s22 = l22 * l22 * g22;
            var m11 = 1 + s11;
            var ll11 = Math.Sqrt(m11);
            var ll21 = s12 / ll11;
            var ll22sq = 1 + s22 - (ll21 * ll21);
            var ll22 = Math.Sqrt(ll22sq);
            ld += Math.Log(m11 * ll22sq);

            var y0 = zy[2 * i];
            var y1 = zy[(2 * i) + 1];
            var c0 = ((l11 * y0) + (l21 * y1)) / ll11;
            var c1 = ((l22 * y1) - (ll21 * c0)) / ll22;
            cc += (c0 * c0) + (c1 * c1);
            var off = 2 * i * p;
            for (var j = 0; j < p; j++)
            {
                var f0 = zx[off + j];
                var f1 = zx[off + p + j];
                var a0 = ((l11 * f0) + (l21 * f1)) / ll11;
                r0[j] = a0;
                r1[j] = ((l22 * f1) - (ll21 * a0)) / ll22;
            }

            for (var j = 0; j < p; j++)
            {
                var a0 = r0[j];
                var a1 = r1[j];
                rc[j] += (a0 * c0) + (a1 * c1);
                for (var k = j; k < p; k++)
                {
                    rr[(j * p) + k] += (a0 * r0[k]) + (a1 * r1[k]);
                }
            }
        }

        logDet = ld;
        return cc;
    }
}
