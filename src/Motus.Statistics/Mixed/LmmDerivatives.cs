namespace Motus.Statistics.Mixed;

/// <summary>
/// Exact first and second derivatives at one θ, with respect to the m distinct elements d of the relative covariance
/// D = ΛΛᵀ = Ψ/σ² (d = [D₁₁] or [D₁₁, D₂₁, D₂₂]), of the two pieces of the deviance: the log-determinant term
/// (log|V/σ²|, plus log|XᵀV⁻¹Xσ²| for REML) and the penalised RSS r²(D) = yᵀPy. Also the Sₖ = XᵀV⁻¹WₖV⁻¹X·σ² needed for
/// ∂(XᵀV⁻¹X)⁻¹/∂dₖ. Formulas: Harville 1977 (J Am Stat Assoc 72:320); Lindstrom &amp; Bates 1988 (J Am Stat Assoc 83:1014).
/// </summary>
internal sealed class LmmDerivatives
{
    public LmmDerivatives(int m, int p)
    {
        M = m;
        P = p;
        GradLogDet = new double[m];
        GradRss = new double[m];
        HessLogDet = new double[m * m];
        HessRss = new double[m * m];
        S = new double[m][];
        for (var k = 0; k < m; k++)
        {
            S[k] = new double[p * p];
        }
    }

    /// <summary>Number of D parameters.</summary>
    public int M { get; }

    /// <summary>Fixed-effect columns.</summary>
    public int P { get; }

    /// <summary>∂/∂dₖ of the log-determinant term: tr(PWₖ) for REML, tr(V⁻¹Wₖ) for ML (V, P relative to σ²).</summary>
    public double[] GradLogDet { get; }

    /// <summary>∂r²/∂dₖ = −yᵀPWₖPy.</summary>
    public double[] GradRss { get; }

    /// <summary>∂²/∂dₖ∂dₗ of the log-determinant term: −tr(PWₖPWₗ) for REML, −tr(V⁻¹WₖV⁻¹Wₗ) for ML.</summary>
    public double[] HessLogDet { get; }

    /// <summary>∂²r²/∂dₖ∂dₗ = 2yᵀPWₖPWₗPy.</summary>
    public double[] HessRss { get; }

    /// <summary>Sₖ = Σᵢ BᵢᵀEₖBᵢ, Bᵢ = ZᵢᵀVᵢ⁻¹Xᵢ (p × p each): ∂(XᵀV⁻¹X)/∂dₖ = −Sₖ.</summary>
    public double[][] S { get; }
}
