namespace Motus.Statistics.Survival;

/// <summary>Whether a Cox coefficient could be estimated.</summary>
public enum CoefficientStatus
{
    /// <summary>Estimated normally.</summary>
    Estimated,

    /// <summary>
    /// Not estimable: the covariate is constant or a linear combination of earlier columns (the Cholesky pivot fell
    /// below the tolerance). Estimate and standard errors are null; R reports NA.
    /// </summary>
    Aliased,

    /// <summary>
    /// The log-likelihood converged while this coefficient was still moving (|(I⁻¹U)_j| &gt; tolerance): monotone
    /// likelihood from separation, the true MLE is ±∞. The reported value is where iteration stopped. R warns
    /// "Loglik converged before variable …; coefficient may be infinite".
    /// </summary>
    MayBeInfinite,
}
