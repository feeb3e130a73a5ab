namespace Motus.Statistics.Distributions;

/// <summary>
/// Quantile of Gamma(a, 1) as a root in u = ln x: ln P(eᵘ) − ln p (lower tail) or ln q − ln Q(eᵘ) (upper tail),
/// with a starting value chosen among Wilson–Hilferty and the two tail asymptotes by the smallest residual.
/// </summary>
internal struct GammaQuantileEquation : IMonotoneEquation
{
    private readonly double _a;
    private readonly double _logTarget;
    private readonly bool _upper;

    private GammaQuantileEquation(double a, double probability, bool upper)
    {
        _a = a;
        _logTarget = Math.Log(probability);
        _upper = upper;
    }

    /// <inheritdoc />
    public readonly void Evaluate(double u, out double value, out double derivative)
    {
        var x = Math.Exp(u);
        var (lower, upperTail) = IncompleteGamma.Evaluate(_a, x);
        var xDensity = _a * SpecialMath.PoissonKernel(_a, x);
        if (_upper)
        {
            value = _logTarget - Math.Log(upperTail);
            derivative = xDensity / upperTail;
        }
        else
        {
            value = Math.Log(lower) - _logTarget;
            derivative = xDensity / lower;
        }
    }

    /// <summary>x with P(X ≤ x) = p (lower) or P(X &gt; x) = p (upper) for X ~ Gamma(a, 1).</summary>
    internal static double Quantile(double a, double p, bool upper)
    {
        if (p <= 0)
        {
            return upper ? double.PositiveInfinity : 0;
        }

        if (p >= 1)
        {
            return upper ? 0 : double.PositiveInfinity;
        }

        // Solve in the smaller tail for relative precision.
        var lowerP = upper ? 1 - p : p;
        var useUpper = upper ? p < 0.5 : p > 0.5;
        var target = useUpper ? (upper ? p : 1 - p) : lowerP;
        var eq = new GammaQuantileEquation(a, target, useUpper);

        var z = useUpper ? NormalFunctions.UpperQuantile(target) : NormalFunctions.Quantile(target);
        var c = 1 / (9 * a);
        var wh = a * Math.Pow(1 - c + (z * Math.Sqrt(c)), 3);
        var logTailLow = useUpper ? SpecialMath.Log1p(-target) : Math.Log(target);
        var lowerAsymptote = (logTailLow + SpecialMath.LogGamma(a + 1)) / a;
        var logQ = useUpper ? Math.Log(target) : SpecialMath.Log1p(-target);
        var xUpper = Math.Max(1e-300, -logQ);
        for (var i = 0; i < 3; i++)
        {
            xUpper = Math.Max(1e-300, -logQ + ((a - 1) * Math.Log(xUpper)) - SpecialMath.LogGamma(a));
        }

        var best = double.NaN;
        var bestResidual = double.PositiveInfinity;
        Span<double> candidates = [wh > 0 ? Math.Log(wh) : double.NaN, lowerAsymptote, Math.Log(xUpper), Math.Log(a)];
        foreach (var u in candidates)
        {
            if (!double.IsFinite(u))
            {
                continue;
            }

            eq.Evaluate(u, out var f, out _);
            if (Math.Abs(f) < bestResidual)
            {
                bestResidual = Math.Abs(f);
                best = u;
            }
        }

        return Math.Exp(MonotoneSolver.Solve(ref eq, double.IsFinite(best) ? best : Math.Log(a)));
    }
}
