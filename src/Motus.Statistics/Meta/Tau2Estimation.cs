namespace Motus.Statistics.Meta;

/// <summary>The τ² estimators of <see cref="MetaMethod"/>, each O(k) per iteration, as metafor's rma.uni computes them.</summary>
internal static class Tau2Estimation
{
    /// <summary>metafor's tolerance for its REML "stuck at a local maximum" check (<c>.Machine$double.eps^0.25</c>).</summary>
    private const double LogLikelihoodCheckTolerance = 1.220703125e-4;

    internal readonly record struct Tau2Fit(double Tau2, double? StandardError, bool Converged, int Iterations);

    /// <summary>s² = (k − 1)/tr P at τ² = 0: the typical within-study variance, the natural scale of τ².</summary>
    internal static double TypicalVariance(in MetaSums fixedSums, int k) => (k - 1) / fixedSums.TraceP;

    internal static Tau2Fit DerSimonianLaird(in MetaSums fixedSums, int k, List<string> warnings)
    {
        var trP = fixedSums.TraceP;
        var raw = (fixedSums.Q - (k - 1)) / trP;
        var tau2 = Math.Max(0, raw);
        if (raw < 0)
        {
            warnings.Add($"DerSimonian–Laird τ² = (Q − df)/c = {raw:G6} is negative (Q = {fixedSums.Q:G6} < df = {k - 1}); truncated at 0.");
        }

        var se = Math.Sqrt(((2.0 * (k - 1)) + (4 * tau2 * trP) + (2 * tau2 * tau2 * fixedSums.TracePP)) / (trP * trP));
        return new Tau2Fit(tau2, se, true, 0);
    }

    internal static Tau2Fit PauleMandel(ReadOnlySpan<double> y, ReadOnlySpan<double> v, in MetaSums fixedSums, double scale,
        MetaAnalysisOptions options, List<string> warnings)
    {
        var k = y.Length;
        double tau2;
        var converged = true;
        var iterations = 0;
        if (fixedSums.Q <= k - 1)
        {
            tau2 = 0;
            warnings.Add($"Paule–Mandel: Q(0) = {fixedSums.Q:G6} ≤ df = {k - 1}, so the estimating equation has no positive root; τ² truncated at 0.");
        }
        else
        {
            tau2 = SolveQ(y, v, k - 1, scale, options, out iterations, out converged);
            if (!converged)
            {
                warnings.Add($"Paule–Mandel did not converge in {options.MaxIterations} iterations; τ² = {tau2:G6} is the last iterate.");
            }
        }

        var sumW = MetaSums.At(y, v, tau2).SumW;
        var se = Math.Sqrt(2.0 * k * k / (k - 1)) / sumW;
        return new Tau2Fit(tau2, se, converged, iterations);
    }

    internal static Tau2Fit Reml(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double scale, MetaAnalysisOptions options, List<string> warnings)
    {
        var k = y.Length;

        // metafor starts Fisher scoring from the Hedges (HE) moment estimate, truncated at 0.
        double mean = 0, sumV = 0;
        for (var i = 0; i < k; i++)
        {
            mean += y[i];
            sumV += v[i];
        }

        mean /= k;
        double ss = 0;
        for (var i = 0; i < k; i++)
        {
            ss += (y[i] - mean) * (y[i] - mean);
        }

        var tau2 = Math.Max(0, (ss - ((1 - (1.0 / k)) * sumV)) / (k - 1));
        var converged = false;
        var iterations = 0;
        var boundary = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var s = MetaSums.At(y, v, tau2);
            var adj = (s.SumW2Resid2 - s.TraceP) / s.TracePP;
            if (tau2 + adj < 0)
            {
                // The score at 0 decides: non-positive means the restricted likelihood is maximised on the boundary.
                var s0 = MetaSums.At(y, v, 0);
                if (s0.SumW2Resid2 - s0.TraceP <= 0)
                {
                    tau2 = 0;
                    converged = true;
                    boundary = true;
                    break;
                }

                while (tau2 + adj < 0)
                {
                    adj /= 2;
                }
            }

            tau2 += adj;
            if (Math.Abs(adj) <= options.Tolerance * (tau2 + scale))
            {
                converged = true;
                break;
            }
        }

        if (!converged)
        {
            warnings.Add($"REML Fisher scoring did not converge in {options.MaxIterations} iterations; τ² = {tau2:G6} is the last iterate.");
        }
        else if (boundary)
        {
            warnings.Add("REML: the restricted likelihood is maximised at the boundary; τ² truncated at 0.");
        }
        else if (tau2 > 0)
        {
            var ll0 = MetaSums.RestrictedLogLikelihood(y, v, 0);
            var ll = MetaSums.RestrictedLogLikelihood(y, v, tau2);
            if (ll0 - ll > LogLikelihoodCheckTolerance)
            {
                warnings.Add($"REML: Fisher scoring reached τ² = {tau2:G6}, but the restricted likelihood is higher at τ² = 0 (a local maximum); τ² set to 0, as metafor does.");
                tau2 = 0;
            }
        }

        var se = Math.Sqrt(2 / MetaSums.At(y, v, tau2).TracePP);
        return new Tau2Fit(tau2, se, converged, iterations);
    }

    /// <summary>
    /// Solves Q(τ²) = target for τ² ≥ 0 when Q(0) &gt; target. Q(τ²) = min over μ of Σ(y − μ)²/(v + τ²) is decreasing and
    /// convex in τ² (a partial minimum of jointly convex quadratic-over-linear terms), so Newton's method started at 0
    /// increases monotonically to the root without overshooting; dQ/dτ² = −Σw²(y − μ̂)².
    /// </summary>
    internal static double SolveQ(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double target, double scale, MetaAnalysisOptions options,
        out int iterations, out bool converged)
    {
        var tau2 = 0.0;
        converged = false;
        iterations = 0;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var s = MetaSums.At(y, v, tau2);
            var step = (s.Q - target) / s.SumW2Resid2;
            tau2 = Math.Max(0, tau2 + step);
            if (Math.Abs(step) <= options.Tolerance * (tau2 + scale))
            {
                converged = true;
                break;
            }
        }

        return tau2;
    }
}
