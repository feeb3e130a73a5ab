namespace Motus.Statistics.Mixed;

/// <summary>
/// Satterthwaite's (1946, Biometrics Bull 2:110) denominator degrees of freedom for ℓᵀβ̂ as lmerTest computes them
/// (Kuznetsova, Brockhoff &amp; Christensen 2017, J Stat Softw 82(13)): variance parameters φ = (θ, σ); A = 2H⁻¹ with H
/// the Hessian of the (RE)ML deviance in φ (β profiled out, σ not); df = 2(ℓᵀVβℓ)² / (gᵀAg), g = ∂(ℓᵀVβ(φ)ℓ)/∂φ.
/// lmerTest obtains H and g by numerical differentiation (numDeriv); here both are exact: with Vβ = σ²C(θ),
/// ∂C/∂dₖ = CSₖC and H from the exact D-derivatives and the chain rule. Like lmerTest, H is inverted on its eigenvalues
/// above 1e-8 (a pseudo-inverse).
/// </summary>
internal sealed class Satterthwaite
{
    private const double EigenTolerance = 1e-8; // lmerTest's as_lmerModLT(tol = 1e-8)
    private readonly double[] _c;
    private readonly double[][] _s;
    private readonly double[] _jac;
    private readonly double[] _a;
    private readonly double _sigma;
    private readonly int _p;
    private readonly int _m;

    private Satterthwaite(double[] c, double[][] s, double[] jac, double[] a, double sigma, int p, int m, IReadOnlyList<string> warnings)
    {
        _c = c;
        _s = s;
        _jac = jac;
        _a = a;
        _sigma = sigma;
        _p = p;
        _m = m;
        Warnings = warnings;
    }

    /// <summary>lmerTest's warnings about a Hessian with negative or near-zero eigenvalues.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Builds the state at the optimum; <paramref name="ev"/> and <paramref name="der"/> must be evaluated at <paramref name="theta"/>.</summary>
    public static Satterthwaite Build(LmmEvaluator ev, LmmDerivatives der, ReadOnlySpan<double> theta, double sigma)
    {
        var m = der.M;
        var p = der.P;
        var n = m + 1;
        var s2 = sigma * sigma;
        var nd = (double)ev.DfResidual;
        var q = ev.PenalizedRss;
        var jac = ThetaMap.Jacobian(theta);

        // deviance(θ, σ) = logdet(θ) + r²(θ)/σ² + n′·log(2πσ²)
        var gd = new double[m];
        var hd = new double[m * m];
        for (var k = 0; k < m; k++)
        {
            gd[k] = der.GradLogDet[k] + (der.GradRss[k] / s2);
            for (var l = 0; l < m; l++)
            {
                hd[(k * m) + l] = der.HessLogDet[(k * m) + l] + (der.HessRss[(k * m) + l] / s2);
            }
        }

        var (_, hθ) = ThetaMap.ToTheta(theta, gd, hd);
        var gRssθ = ThetaMap.Gradient(jac, der.GradRss);
        var h = new double[n * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                h[(i * n) + j] = hθ[(i * m) + j];
            }

            var cross = -2 * gRssθ[i] / (s2 * sigma);
            h[(i * n) + m] = cross;
            h[(m * n) + i] = cross;
        }

        h[(m * n) + m] = (6 * q / (s2 * s2)) - (2 * nd / s2);

        var (values, vectors) = SmallMatrix.SymmetricEigen(h, n);
        var warnings = new List<string>();
        var negative = values.Where(v => v < -EigenTolerance).ToArray();
        var zero = values.Where(v => Math.Abs(v) <= EigenTolerance).ToArray();
        if (negative.Length > 0)
        {
            warnings.Add($"Model failed to converge with {negative.Length} negative eigenvalue(s) of the variance-parameter Hessian: {string.Join(" ", negative.Select(v => v.ToString("0.0e+0")))} (lmerTest's check); Satterthwaite df use its positive part.");
        }

        if (zero.Length > 0)
        {
            warnings.Add($"Model may not have converged with {zero.Length} eigenvalue(s) of the variance-parameter Hessian close to zero: {string.Join(" ", zero.Select(v => v.ToString("0.0e+0")))} (lmerTest's check); Satterthwaite df use its positive part.");
        }

        var a = new double[n * n];
        for (var e = 0; e < n; e++)
        {
            if (values[e] <= EigenTolerance)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    a[(i * n) + j] += 2 * vectors[(i * n) + e] * vectors[(j * n) + e] / values[e];
                }
            }
        }

        var s = der.S.Select(x => (double[])x.Clone()).ToArray();
        return new Satterthwaite((double[])ev.C.Clone(), s, jac, a, sigma, p, m, warnings);
    }

    /// <summary>Var(ℓᵀβ̂) and its Satterthwaite df (null when gᵀAg is not positive).</summary>
    public (double Variance, double? Df) Evaluate(ReadOnlySpan<double> l)
    {
        var p = _p;
        var m = _m;
        var s2 = _sigma * _sigma;
        var w = new double[p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                w[i] += _c[(i * p) + j] * l[j];
            }
        }

        var lcl = 0.0;
        for (var i = 0; i < p; i++)
        {
            lcl += l[i] * w[i];
        }

        var variance = s2 * lcl;
        var g = new double[m + 1];
        for (var k = 0; k < m; k++)
        {
            var wsw = SmallMatrix.QuadraticForm(w, _s[k], w, p);
            for (var j = 0; j < m; j++)
            {
                g[j] += s2 * _jac[(k * m) + j] * wsw;
            }
        }

        g[m] = 2 * _sigma * lcl;
        var denom = SmallMatrix.QuadraticForm(g, _a, g, m + 1);
        double? df = denom > 0 && double.IsFinite(denom) ? 2 * variance * variance / denom : null;
        return (variance, df);
    }
}
