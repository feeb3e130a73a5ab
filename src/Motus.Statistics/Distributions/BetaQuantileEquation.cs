namespace Motus.Statistics.Distributions;

/// <summary>
/// Quantile of Beta(a, b) as a root in the logit w = ln(x/(1−x)): ln I_x − ln p (lower tail) or ln q − ln(1 − I_x)
/// (upper tail). Both x and 1 − x are recovered from w without cancellation, which the t and F quantiles rely on.
/// Starting value: the best of the two tail asymptotes, a normal approximation and an optional caller's guess.
/// </summary>
internal struct BetaQuantileEquation : IMonotoneEquation
{
    private readonly double _a;
    private readonly double _b;
    private readonly double _logTarget;
    private readonly bool _upper;

    private BetaQuantileEquation(double a, double b, double probability, bool upper)
    {
        _a = a;
        _b = b;
        _logTarget = Math.Log(probability);
        _upper = upper;
    }

    /// <inheritdoc />
    public readonly void Evaluate(double u, out double value, out double derivative)
    {
        var (x, y) = FromLogit(u);
        var (lower, upperTail, xyDensity) = IncompleteBeta.EvaluateWithDensity(_a, _b, x, y);
        if (_upper)
        {
            value = _logTarget - Math.Log(upperTail);
            derivative = xyDensity / upperTail;
        }
        else
        {
            value = Math.Log(lower) - _logTarget;
            derivative = xyDensity / lower;
        }
    }

    /// <summary>(x, 1 − x) from the logit w.</summary>
    internal static (double X, double Y) FromLogit(double w) =>
        w >= 0 ? (1 / (1 + Math.Exp(-w)), Math.Exp(-w) / (1 + Math.Exp(-w))) : (Math.Exp(w) / (1 + Math.Exp(w)), 1 / (1 + Math.Exp(w)));

    /// <summary>
    /// Logit w of the quantile: I_x(a, b) = p (lower) or 1 − I_x(a, b) = p (upper). Returns ±∞ at p = 0 or 1.
    /// <paramref name="guess"/> is an optional starting logit (NaN for none).
    /// </summary>
    internal static double QuantileLogit(double a, double b, double p, bool upper, double guess = double.NaN)
    {
        if (p <= 0)
        {
            return upper ? double.PositiveInfinity : double.NegativeInfinity;
        }

        if (p >= 1)
        {
            return upper ? double.NegativeInfinity : double.PositiveInfinity;
        }

        var useUpper = upper ? p < 0.5 : p > 0.5;
        var target = upper == useUpper ? p : 1 - p;
        var eq = new BetaQuantileEquation(a, b, target, useUpper);

        var logLower = useUpper ? SpecialMath.Log1p(-target) : Math.Log(target);
        var logUpper = useUpper ? Math.Log(target) : SpecialMath.Log1p(-target);
        var logBeta = SpecialMath.LogBeta(a, b);

        // Lower tail ≈ x^a/(a·B): ln x = (ln p + ln a + ln B)/a; upper tail ≈ y^b/(b·B).
        var lnX = (logLower + Math.Log(a) + logBeta) / a;
        var lnY = (logUpper + Math.Log(b) + logBeta) / b;
        var mean = a / (a + b);
        var sd = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        var zLower = NormalFunctions.Quantile(Math.Exp(logLower));
        var xNormal = mean + (zLower * sd);

        Span<double> candidates =
        [
            lnX < 0 ? lnX - Math.Log(-SpecialMath.Expm1(lnX)) : double.NaN,
            lnY < 0 ? Math.Log(-SpecialMath.Expm1(lnY)) - lnY : double.NaN,
            xNormal > 0 && xNormal < 1 ? Math.Log(xNormal / (1 - xNormal)) : double.NaN,
            Math.Log(a / b),
            guess,
        ];

        var best = double.NaN;
        var bestResidual = double.PositiveInfinity;
        foreach (var w in candidates)
        {
            if (!double.IsFinite(w))
            {
                continue;
            }

            eq.Evaluate(w, out var f, out _);
            if (Math.Abs(f) < bestResidual)
            {
                bestResidual = Math.Abs(f);
                best = w;
            }
        }

        return MonotoneSolver.Solve(ref eq, double.IsFinite(best) ? best : Math.Log(a / b));
    }
}
