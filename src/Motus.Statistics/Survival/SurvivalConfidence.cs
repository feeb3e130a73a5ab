using Motus.Statistics.Distributions;

namespace Motus.Statistics.Survival;

/// <summary>Pointwise confidence limits for a survival curve, as R's <c>survival:::survfit_confint</c> (logse = TRUE).</summary>
internal static class SurvivalConfidence
{
    /// <summary>
    /// Fills <paramref name="lower"/> and <paramref name="upper"/>; NaN where R gives NA/NaN (S = 0 on the log and
    /// log-log scales, S = 1 on the log-log scale, an infinite SE on the plain scale). Returns how many were NaN.
    /// </summary>
    public static int Fill(ReadOnlySpan<double> surv, ReadOnlySpan<double> seLog, ConfidenceIntervalType type, double level,
        Span<double> lower, Span<double> upper)
    {
        var z = Dist.NormalQuantile(1 - ((1 - level) / 2));
        var undefined = 0;
        for (var i = 0; i < surv.Length; i++)
        {
            var p = surv[i];
            var se = seLog[i];
            double lo, hi;
            switch (type)
            {
                case ConfidenceIntervalType.Plain:
                    var se2 = se * p * z;
                    lo = Math.Max(p - se2, 0);
                    hi = Math.Min(p + se2, 1);
                    if (double.IsNaN(se2))
                    {
                        lo = hi = double.NaN;
                    }

                    break;
                case ConfidenceIntervalType.Log:
                    if (p == 0)
                    {
                        lo = hi = double.NaN;
                    }
                    else
                    {
                        lo = Math.Exp(Math.Log(p) - (z * se));
                        hi = Math.Min(Math.Exp(Math.Log(p) + (z * se)), 1);
                    }

                    break;
                default:
                    if (p == 0 || p == 1)
                    {
                        lo = hi = double.NaN;
                    }
                    else
                    {
                        var logp = Math.Log(p);
                        var s2 = z * se / logp;
                        var ll = Math.Log(-logp);
                        lo = Math.Exp(-Math.Exp(ll - s2));
                        hi = Math.Exp(-Math.Exp(ll + s2));
                    }

                    break;
            }

            if (double.IsNaN(lo))
            {
                undefined++;
            }

            lower[i] = lo;
            upper[i] = hi;
        }

        return undefined;
    }
}
