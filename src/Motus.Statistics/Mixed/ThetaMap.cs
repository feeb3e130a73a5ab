namespace Motus.Statistics.Mixed;

/// <summary>
/// Parametrisations of the relative covariance D = ΛΛᵀ = Ψ/σ² and their derivatives, used to carry the exact
/// D-derivatives over: ∇f = Jᵀ∇d f, ∇²f = Jᵀ(∇²d f)J + Σₖ (∂f/∂dₖ)∇²dₖ, with d the distinct elements of D.
/// <list type="bullet">
/// <item>θ, lme4's relative Cholesky factor: q = 1: d = [λ²]; q = 2: Λ = [[λ₁₁, 0], [λ₂₁, λ₂₂]],
/// d = [λ₁₁², λ₁₁λ₂₁, λ₂₁² + λ₂₂²].</item>
/// <item>ψ = (λ₁₁, r, a), polar coordinates of Λ's second row (λ₂₁ = r·cos a, λ₂₂ = r·sin a), so d = [λ₁₁², λ₁₁r·cos a, r²]:
/// the spherical parametrisation of Pinheiro &amp; Bates (1996, Stat Comput 6:289). When the intercept variance is small the
/// deviance is nearly constant along circles in (λ₂₁, λ₂₂); those are straight lines in ψ, where Newton steps are not
/// cut short by the curvature of the valley.</item>
/// </list>
/// </summary>
internal static class ThetaMap
{
    /// <summary>J[k, j] = ∂dₖ/∂θⱼ, m × m row-major.</summary>
    public static double[] Jacobian(ReadOnlySpan<double> theta)
    {
        if (theta.Length == 1)
        {
            return [2 * theta[0]];
        }

        double l11 = theta[0], l21 = theta[1], l22 = theta[2];
        return
        [
            2 * l11, 0, 0,
            l21, l11, 0,
            0, 2 * l21, 2 * l22,
        ];
    }

    /// <summary>Gradient and Hessian in θ from those in d.</summary>
    public static (double[] Gradient, double[] Hessian) ToTheta(ReadOnlySpan<double> theta, ReadOnlySpan<double> gd, ReadOnlySpan<double> hd)
    {
        var jac = Jacobian(theta);
        var h = Sandwich(jac, hd);
        if (theta.Length == 1)
        {
            h[0] += 2 * gd[0];
        }
        else
        {
            h[0] += 2 * gd[0];          // ∂²(λ₁₁²)/∂λ₁₁²
            h[1] += gd[1];              // ∂²(λ₁₁λ₂₁)/∂λ₁₁∂λ₂₁
            h[3] += gd[1];
            h[4] += 2 * gd[2];          // ∂²(λ₂₁² + λ₂₂²)/∂λ₂₁²
            h[8] += 2 * gd[2];          // ∂²(λ₂₁² + λ₂₂²)/∂λ₂₂²
        }

        return (Gradient(jac, gd), h);
    }

    /// <summary>ψ = (λ₁₁, r, a) from θ (q = 2).</summary>
    public static double[] ToPolar(ReadOnlySpan<double> theta) =>
        [theta[0], Math.Sqrt((theta[1] * theta[1]) + (theta[2] * theta[2])), Math.Atan2(theta[2], theta[1])];

    /// <summary>θ from ψ = (λ₁₁, r, a).</summary>
    public static void FromPolar(ReadOnlySpan<double> psi, Span<double> theta)
    {
        theta[0] = psi[0];
        theta[1] = psi[1] * Math.Cos(psi[2]);
        theta[2] = psi[1] * Math.Sin(psi[2]);
    }

    /// <summary>Gradient and Hessian in ψ = (λ₁₁, r, a) from those in d (q = 2).</summary>
    public static (double[] Gradient, double[] Hessian) ToPolar(ReadOnlySpan<double> psi, ReadOnlySpan<double> gd, ReadOnlySpan<double> hd)
    {
        double s = psi[0], r = psi[1], c = Math.Cos(psi[2]), sn = Math.Sin(psi[2]);
        double[] jac =
        [
            2 * s, 0, 0,
            r * c, s * c, -s * r * sn,
            0, 2 * r, 0,
        ];
        var h = Sandwich(jac, hd);
        h[0] += 2 * gd[0];                  // ∂²(s²)/∂s²
        h[1] += gd[1] * c;                  // ∂²(s r cos a)/∂s∂r
        h[3] += gd[1] * c;
        h[2] += -gd[1] * r * sn;            // ∂²/∂s∂a
        h[6] += -gd[1] * r * sn;
        h[5] += -gd[1] * s * sn;            // ∂²/∂r∂a
        h[7] += -gd[1] * s * sn;
        h[8] += -gd[1] * s * r * c;         // ∂²/∂a²
        h[4] += 2 * gd[2];                  // ∂²(r²)/∂r²
        return (Gradient(jac, gd), h);
    }

    /// <summary>∇f = Jᵀ·gd.</summary>
    public static double[] Gradient(double[] jac, ReadOnlySpan<double> gd)
    {
        var m = gd.Length;
        var g = new double[m];
        for (var j = 0; j < m; j++)
        {
            for (var k = 0; k < m; k++)
            {
                g[j] += jac[(k * m) + j] * gd[k];
            }
        }

        return g;
    }

    /// <summary>
    /// The equivalent θ with non-negative diagonal (lme4's convention): D = ΛΛᵀ is unchanged by flipping the sign of a
    /// column of Λ, so the optimiser may work unconstrained and the sign is fixed at the end.
    /// </summary>
    public static double[] Canonical(ReadOnlySpan<double> theta)
    {
        var t = theta.ToArray();
        if (t[0] < 0)
        {
            t[0] = -t[0];
            if (t.Length == 3)
            {
                t[1] = -t[1];
            }
        }

        if (t.Length == 3 && t[2] < 0)
        {
            t[2] = -t[2];
        }

        return t;
    }

    /// <summary>Jᵀ·H·J for m × m matrices.</summary>
    private static double[] Sandwich(double[] jac, ReadOnlySpan<double> hd)
    {
        var m = (int)Math.Round(Math.Sqrt(jac.Length));
        var h = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var acc = 0.0;
                for (var k = 0; k < m; k++)
                {
                    for (var l = 0; l < m; l++)
                    {
                        acc += jac[(k * m) + i] * hd[(k * m) + l] * jac[(l * m) + j];
                    }
                }

                h[(i * m) + j] = acc;
            }
        }

        return h;
    }
}
