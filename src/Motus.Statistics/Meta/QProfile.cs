using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Meta;

/// <summary>Q-profile interval for τ² (Viechtbauer 2007), following the case analysis of metafor's confint.rma.uni.</summary>
internal static class QProfile
{
    internal static HeterogeneityInterval Compute(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, MetaAnalysisResult fit, double level,
        double? upperSearchLimit)
    {
        var k = yi.Length;
        var options = fit.Options;
        var warnings = new List<string>();
        var fixedSums = MetaSums.At(yi, vi, 0);
        var scale = Tau2Estimation.TypicalVariance(fixedSums, k);
        var limit = upperSearchLimit ?? Math.Max(100, 10 * fit.Tau2);
        if (!(limit > 0) || !double.IsFinite(limit))
        {
            throw new StatisticsInputException($"upperSearchLimit = {limit}: must be a positive finite number.", nameof(upperSearchLimit));
        }

        var alpha = 1 - level;
        var critUpper = Dist.ChiSquareQuantile(1 - (alpha / 2), k - 1);
        var critLower = Dist.ChiSquareQuantile(alpha / 2, k - 1);
        var q0 = fixedSums.Q;
        var qMax = MetaSums.At(yi, vi, limit).Q;
        var iterations = 0;
        var converged = true;
        double lower, upper;

        if (q0 < critLower)
        {
            lower = upper = 0;
            warnings.Add($"Q = {q0:G6} is below the lower {alpha / 2:G3} quantile of χ²({k - 1}) = {critLower:G6}: the Q-profile interval for τ² is {{0}} " +
                "(the estimates agree more closely than their sampling variances imply).");
        }
        else
        {
            upper = qMax > critLower ? limit : Solve(yi, vi, critLower, scale, options, ref iterations, ref converged);
            if (q0 < critUpper)
            {
                lower = 0;
            }
            else if (qMax > critUpper)
            {
                lower = upper = limit;
            }
            else
            {
                lower = Solve(yi, vi, critUpper, scale, options, ref iterations, ref converged);
            }

            if (upper == limit)
            {
                warnings.Add($"The upper τ² bound exceeds the search limit {limit:G6} and is reported as the limit (R prints '>{limit:G6}'); " +
                    "pass a larger upperSearchLimit to locate it.");
            }
        }

        if (!converged)
        {
            warnings.Add($"A Q-profile bound did not converge in {options.MaxIterations} iterations.");
        }

        return new HeterogeneityInterval(level, fit.Tau2, lower, upper, fit.Tau, Math.Sqrt(lower), Math.Sqrt(upper),
            fit.I2 ?? 0, I2(lower, scale), I2(upper, scale), fit.H2 ?? 1, (lower / scale) + 1, (upper / scale) + 1, limit,
            new FitDiagnostics(converged, iterations, warnings));
    }

    private static double I2(double tau2, double scale) => 100 * tau2 / (scale + tau2);

    private static double Solve(ReadOnlySpan<double> yi, ReadOnlySpan<double> vi, double target, double scale, MetaAnalysisOptions options,
        ref int iterations, ref bool converged)
    {
        var root = Tau2Estimation.SolveQ(yi, vi, target, scale, options, out var used, out var ok);
        iterations += used;
        converged &= ok;
        return root;
    }
}
