namespace Motus.Statistics.Meta;

/// <summary>The pooling model and, for random effects, the τ² estimator. R: <c>metafor::rma(method = …)</c>.</summary>
public enum MetaMethod
{
    /// <summary>
    /// Fixed (common) effect, inverse-variance weights 1/vᵢ; τ² = 0 by assumption. R: <c>method = "FE"</c>
    /// (called "EE"/"CE" in later metafor versions).
    /// </summary>
    FixedEffect,

    /// <summary>
    /// DerSimonian–Laird moment estimator τ² = max(0, (Q − (k−1)) / (Σw − Σw²/Σw)), w = 1/v
    /// (DerSimonian &amp; Laird 1986, Control Clin Trials). R: <c>method = "DL"</c>.
    /// </summary>
    DerSimonianLaird,

    /// <summary>
    /// Restricted maximum likelihood, by Fisher scoring truncated at 0 (Viechtbauer 2005, J Educ Behav Stat).
    /// metafor's default and the recommended estimator. R: <c>method = "REML"</c>.
    /// </summary>
    RestrictedMaximumLikelihood,

    /// <summary>
    /// Paule–Mandel: the τ² ≥ 0 at which the generalised Q equals its expectation k − 1 (Paule &amp; Mandel 1982,
    /// J Res Natl Bur Stand; identical to the empirical Bayes estimator). R: <c>method = "PM"</c>.
    /// </summary>
    PauleMandel,
}
