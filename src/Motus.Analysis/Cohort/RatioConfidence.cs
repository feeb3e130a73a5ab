namespace Motus.Analysis.Cohort;

/// <summary>
/// Confidence limits of a ratio ρ = a / b of two approximately normal estimates with known (co)variances, by Fieller's
/// theorem or the delta method. Used for the percent slowing of ALSFRS-R decline (ρ = slope difference / control slope).
/// </summary>
public static class RatioConfidence
{
    /// <summary>The ratio and its limits; the limits are null, with a note, when the Fieller set is unbounded.</summary>
    /// <param name="a">Numerator estimate.</param>
    /// <param name="b">Denominator estimate; non-zero.</param>
    /// <param name="varA">Var(a) ≥ 0.</param>
    /// <param name="varB">Var(b) ≥ 0.</param>
    /// <param name="covAB">Cov(a, b).</param>
    /// <param name="z">Critical value, e.g. the normal quantile 1.959964 for 95%; &gt; 0.</param>
    /// <param name="method">Fieller or delta.</param>
    /// <exception cref="ArgumentException">b = 0, a negative variance, a non-positive z or an undefined method.</exception>
    public static RatioInterval Limits(double a, double b, double varA, double varB, double covAB, double z, RatioIntervalMethod method)
    {
        if (b == 0 || !double.IsFinite(a) || !double.IsFinite(b))
        {
            throw new ArgumentException($"a = {a}, b = {b}: need finite estimates and b ≠ 0.", nameof(b));
        }

        if (!(varA >= 0) || !(varB >= 0) || !double.IsFinite(covAB) || !(z > 0))
        {
            throw new ArgumentException($"varA = {varA}, varB = {varB}, covAB = {covAB}, z = {z}: variances must be ≥ 0 and z > 0.", nameof(varA));
        }

        var rho = a / b;
        switch (method)
        {
            case RatioIntervalMethod.Delta:
                var se = Math.Sqrt(Math.Max(0, varA - (2 * rho * covAB) + (rho * rho * varB))) / Math.Abs(b);
                return new RatioInterval(rho, rho - (z * se), rho + (z * se), null);
            case RatioIntervalMethod.Fieller:
                // (a − ρb)² ≤ z²(Var a − 2ρ Cov + ρ² Var b)  ⇔  Aρ² − 2Bρ + C ≤ 0 with A = b² − z²Var b, B = ab − z²Cov,
                // C = a² − z²Var a. Bounded iff A > 0; then B² − AC ≥ 0, because the quadratic is ≤ 0 at ρ = a/b.
                var z2 = z * z;
                var qa = (b * b) - (z2 * varB);
                var qb = (a * b) - (z2 * covAB);
                var qc = (a * a) - (z2 * varA);
                if (qa <= 0)
                {
                    return new RatioInterval(rho, null, null,
                        "Fieller interval unbounded: the denominator (control slope) is not significantly different from 0 at this level, so the ratio has no finite limits.");
                }

                var root = Math.Sqrt(Math.Max(0, (qb * qb) - (qa * qc)));
                return new RatioInterval(rho, (qb - root) / qa, (qb + root) / qa, null);
            default:
                throw new ArgumentException($"method = {method} is not a defined RatioIntervalMethod.", nameof(method));
        }
    }
}
