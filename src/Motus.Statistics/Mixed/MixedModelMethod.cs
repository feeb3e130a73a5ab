namespace Motus.Statistics.Mixed;

/// <summary>How the variance parameters of a linear mixed model are estimated. R: <c>lme4::lmer(REML = TRUE | FALSE)</c>.</summary>
public enum MixedModelMethod
{
    /// <summary>
    /// Restricted (residual) maximum likelihood (Patterson &amp; Thompson 1971, Biometrika): the likelihood of the error
    /// contrasts, which accounts for the fixed effects estimated. Unbiased variance components in balanced designs; the
    /// usual choice for reporting and for Satterthwaite tests. R: <c>lmer(..., REML = TRUE)</c> (lme4's default).
    /// </summary>
    RestrictedMaximumLikelihood,

    /// <summary>
    /// Maximum likelihood: needed to compare models with different fixed effects by likelihood ratio or AIC.
    /// R: <c>lmer(..., REML = FALSE)</c>.
    /// </summary>
    MaximumLikelihood,
}
