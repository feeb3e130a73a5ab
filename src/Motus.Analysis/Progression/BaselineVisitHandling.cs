namespace Motus.Analysis.Progression;

/// <summary>
/// Where the baseline visit (the last rating at or shortly before the administration) goes in a pre/post slope comparison.
/// Sharing it is what single-arm studies usually do; it makes the two slope errors negatively correlated
/// (Cov = σe²·w_pre(0)·w_post(0) &lt; 0), which inflates Var(post − pre) and the number of apparent responders
/// (trial-methods §3.2, bias 2). The comparison reports that covariance.
/// </summary>
public enum BaselineVisitHandling
{
    /// <summary>The baseline visit is the last point of the lead-in slope and the first point of the post slope. The default.</summary>
    Shared,

    /// <summary>The baseline visit belongs to the lead-in slope only; the post slope uses visits after the administration.</summary>
    PreOnly,
}
