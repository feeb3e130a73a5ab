namespace Motus.Statistics.Distributions;

/// <summary>
/// Safeguarded Newton iteration for the root of an increasing function: a Newton step when it stays inside the current
/// bracket, otherwise bisection (or bracket expansion while one side is still open). The quantile functions apply it to
/// log tail probabilities in a log or logit variable, where tails are nearly linear, so Newton converges in a handful
/// of steps from a rough start and the answer carries the full relative precision of the CDF.
/// </summary>
internal static class MonotoneSolver
{
    /// <summary>Root of <paramref name="equation"/> starting at <paramref name="start"/>; the root lies in (<paramref name="lower"/>, <paramref name="upper"/>).</summary>
    internal static double Solve<T>(ref T equation, double start, double lower = double.NegativeInfinity, double upper = double.PositiveInfinity)
        where T : struct, IMonotoneEquation
    {
        var lo = lower;
        var hi = upper;
        var u = start;
        for (var iteration = 0; iteration < 500; iteration++)
        {
            equation.Evaluate(u, out var f, out var df);
            if (f == 0)
            {
                return u;
            }

            if (f < 0)
            {
                lo = u;
            }
            else
            {
                hi = u;
            }

            var next = double.IsFinite(f) && df > 0 && double.IsFinite(df) ? u - (f / df) : double.NaN;
            if (!(next > lo && next < hi))
            {
                if (double.IsFinite(lo) && double.IsFinite(hi))
                {
                    next = 0.5 * (lo + hi);
                }
                else if (double.IsFinite(lo))
                {
                    next = u + Math.Max(1, Math.Abs(u));
                }
                else
                {
                    next = u - Math.Max(1, Math.Abs(u));
                }
            }

            var scale = Math.Max(1, Math.Abs(u));
            if (Math.Abs(next - u) <= 1e-15 * scale || (hi - lo) <= 4e-16 * scale)
            {
                return next;
            }

            u = next;
        }

        return u;
    }
}
