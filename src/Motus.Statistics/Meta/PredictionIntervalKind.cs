namespace Motus.Statistics.Meta;

/// <summary>The critical value used for the prediction interval μ̂ ± crit·√(SE² + τ²). R: <c>predict(fit, pi.type = …)</c>.</summary>
public enum PredictionIntervalKind
{
    /// <summary>
    /// The confidence interval's critical value: the normal quantile under the z test, t with k − 1 df under the
    /// (modified) Hartung–Knapp test. R: <c>predict(fit)</c> (metafor's default).
    /// </summary>
    Standard,

    /// <summary>
    /// t with k − 2 df (at least 1), as proposed by Higgins, Thompson &amp; Spiegelhalter (2009, J R Stat Soc A) and
    /// Riley, Higgins &amp; Deeks (2011, BMJ). R: <c>predict(fit, pi.type = "riley")</c>.
    /// </summary>
    Riley,
}
