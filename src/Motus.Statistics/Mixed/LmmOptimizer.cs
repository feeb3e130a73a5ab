namespace Motus.Statistics.Mixed;

/// <summary>
/// Minimises the profiled deviance over θ by Newton's method with the exact gradient and Hessian (from
/// <see cref="LmmDerivatives"/>), an eigenvalue-modified Hessian where it is not positive definite (Nocedal &amp; Wright
/// 2006, §3.4) and an Armijo backtracking line search. For the intercept-and-slope model each iteration tries the Newton
/// step in two coordinate systems, lme4's θ and the polar form ψ of <see cref="ThetaMap"/>, and keeps the better point:
/// θ is regular where the slope variance is zero, ψ where the intercept variance is small and the deviance valley is a
/// circle in θ. θ is unconstrained: D = ΛΛᵀ is the same for ±columns of Λ, so lme4's bound θ_diag ≥ 0 is met by a sign
/// flip at the end, and a boundary optimum (θ_diag = 0) is an ordinary stationary point of the even function the deviance
/// is in that coordinate, reached at Newton's quadratic rate; nor can the bound trap the iterations, as it can lme4's.
/// </summary>
internal static class LmmOptimizer
{
    /// <summary>The outcome of a minimisation.</summary>
    internal sealed record Outcome(double[] Theta, double Deviance, int Iterations, bool Converged, double GradientNorm);

    /// <summary>Gradient and Hessian of the profiled deviance with respect to d = elements of D.</summary>
    public static (double[] Gradient, double[] Hessian) ProfiledInD(LmmEvaluator ev, LmmDerivatives der)
    {
        var m = der.M;
        var nd = (double)ev.DfResidual;
        var q = ev.PenalizedRss;
        var gd = new double[m];
        var hd = new double[m * m];
        for (var k = 0; k < m; k++)
        {
            gd[k] = der.GradLogDet[k] + (nd * der.GradRss[k] / q);
        }

        for (var k = 0; k < m; k++)
        {
            for (var l = 0; l < m; l++)
            {
                hd[(k * m) + l] = der.HessLogDet[(k * m) + l]
                    + (nd * ((der.HessRss[(k * m) + l] / q) - (der.GradRss[k] * der.GradRss[l] / (q * q))));
            }
        }

        return (gd, hd);
    }

    public static Outcome Minimize(LmmEvaluator ev, LmmDerivatives der, double[] start, int maxIterations, double stepTolerance)
    {
        var m = start.Length;
        var theta = (double[])start.Clone();
        var f = ev.Evaluate(theta);
        var trial = new double[m];
        var best = new double[m];
        var converged = false;
        var iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            ev.Derivatives(theta, der);
            var (gd, hd) = ProfiledInD(ev, der);
            var candidates = new List<NewtonCandidate>(2);
            var (gt, ht) = ThetaMap.ToTheta(theta, gd, hd);
            candidates.Add(NewtonCandidate.Newton(theta, gt, ht, polar: false));
            if (m == 3)
            {
                var psi = ThetaMap.ToPolar(theta);
                if (psi[1] > 1e-8 * (1 + Math.Abs(psi[0])))
                {
                    var (gp, hp) = ThetaMap.ToPolar(psi, gd, hd);
                    candidates.Add(NewtonCandidate.Newton(psi, gp, hp, polar: true));
                }
            }

            if (candidates.Exists(c => c.PositiveDefinite && c.StepNorm <= stepTolerance * (1 + c.OriginNorm)))
            {
                converged = true;
                break;
            }

            // In the quadratic regime (positive-definite Hessian, predicted decrease ½gᵀH⁻¹g below ~1e-10 of f) the exact
            // Newton step is taken without a line search: there the decrease is below the rounding of f itself (the
            // n·log r² term carries r²'s cancellation error, ~1e-13·n), so comparing f values would only measure noise.
            var quadratic = candidates.Find(c => c.PositiveDefinite && -0.5 * c.Slope <= 1e-10 * (1 + Math.Abs(f)));
            if (quadratic is not null)
            {
                quadratic.Trial(1.0, theta);
                f = ev.Evaluate(theta);
                continue;
            }

            var bestF = double.PositiveInfinity;
            foreach (var c in candidates)
            {
                var alpha = 1.0;
                for (var ls = 0; ls < 60; ls++)
                {
                    c.Trial(alpha, trial);
                    var ft = ev.Evaluate(trial);
                    if (ft <= f + (1e-4 * alpha * c.Slope))
                    {
                        if (ft < bestF)
                        {
                            bestF = ft;
                            Array.Copy(trial, best, m);
                        }

                        break;
                    }

                    alpha *= 0.5;
                }
            }

            if (double.IsPositiveInfinity(bestF))
            {
                // no decrease along any descent direction: at the optimum up to rounding when a Hessian is positive definite
                ev.Evaluate(theta);
                converged = candidates.Exists(c => c.PositiveDefinite);
                break;
            }

            Array.Copy(best, theta, m);
            f = ev.Evaluate(theta); // leaves the evaluator's state at θ for the next Derivatives
        }

        var canonical = ThetaMap.Canonical(theta);
        f = ev.Evaluate(canonical);
        ev.Derivatives(canonical, der);
        var (gdf, hdf) = ProfiledInD(ev, der);
        var (gf, _) = ThetaMap.ToTheta(canonical, gdf, hdf);
        return new Outcome(canonical, f, iterations, converged, MaxAbs(gf));
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
