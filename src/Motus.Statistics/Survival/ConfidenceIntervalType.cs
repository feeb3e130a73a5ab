namespace Motus.Statistics.Survival;

/// <summary>
/// Scale on which a pointwise confidence interval for a survival curve is built. R: <c>survfit(conf.type = …)</c>.
/// With z the normal quantile and se the standard error of the cumulative hazard (−log S):
/// </summary>
public enum ConfidenceIntervalType
{
    /// <summary>Linear: S ± z·se·S, truncated to [0, 1]. R: <c>conf.type = "plain"</c>.</summary>
    Plain,

    /// <summary>On log S: S·exp(±z·se), upper limit truncated at 1. R: <c>conf.type = "log"</c> (the survfit default).</summary>
    Log,

    /// <summary>On log(−log S): exp(−exp(log(−log S) ∓ z·se/log S)); undefined where S is 0 or 1. R: <c>conf.type = "log-log"</c>.</summary>
    LogLog,
}
