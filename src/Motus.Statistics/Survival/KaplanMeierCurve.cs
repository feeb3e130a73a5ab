using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>
/// One Kaplan–Meier curve: one row per distinct exit time (event or censoring) of its group, as the components of
/// an R <c>survfit</c> object. Survival is right-continuous: <see cref="Survival"/>[i] holds on
/// [<see cref="Time"/>[i], <see cref="Time"/>[i+1]), and S = 1 before the first time.
/// </summary>
/// <param name="Group">The group code, or null for a curve over all rows.</param>
/// <param name="N">Rows in the group.</param>
/// <param name="Time">Distinct exit times, ascending. R: <c>time</c>.</param>
/// <param name="AtRisk">Rows at risk at each time: entry &lt; t ≤ exit. R: <c>n.risk</c>.</param>
/// <param name="Events">Events at each time. R: <c>n.event</c>.</param>
/// <param name="Censored">Rows censored at each time. R: <c>n.censor</c>.</param>
/// <param name="Survival">Product-limit estimate S(t) = Π (1 − d/n). R: <c>surv</c>.</param>
/// <param name="StdErrSurvival">
/// Greenwood standard error of S(t) itself, S·sqrt(Σ d/(n(n−d))). R: <c>summary(fit)$std.err</c>. NaN once S = 0
/// (0·∞, as R).
/// </param>
/// <param name="StdErrLogSurvival">
/// Greenwood standard error of −log S(t) (the cumulative hazard scale), sqrt(Σ d/(n(n−d))); +∞ once every subject at
/// risk has had the event. This is what R stores as <c>survfit(…)$std.err</c> (not the SE of S).
/// </param>
/// <param name="Lower">Lower pointwise confidence limit; NaN where undefined (see <see cref="ConfidenceIntervalType"/>). R: <c>lower</c>.</param>
/// <param name="Upper">Upper pointwise confidence limit; NaN where undefined. R: <c>upper</c>.</param>
/// <param name="ConfidenceType">Scale of the confidence limits.</param>
/// <param name="ConfidenceLevel">Confidence level of the limits, e.g. 0.95.</param>
public sealed record KaplanMeierCurve(
    int? Group,
    int N,
    double[] Time,
    int[] AtRisk,
    int[] Events,
    int[] Censored,
    double[] Survival,
    double[] StdErrSurvival,
    double[] StdErrLogSurvival,
    double[] Lower,
    double[] Upper,
    ConfidenceIntervalType ConfidenceType,
    double ConfidenceLevel)
{
    /// <summary>
    /// The time by which a fraction <paramref name="probability"/> has had the event (S(t) = 1 − p), with the
    /// confidence interval read off the lower and upper survival limits, exactly as R's <c>quantile.survfit</c>:
    /// the first time S ≤ 1 − p (tolerance √ε); when S equals 1 − p exactly over an interval, the midpoint of that
    /// interval; when the curve ends exactly at 1 − p, the midpoint of the time it got there and the last time.
    /// R: <c>quantile(fit, probs = p)</c>. The curve starts at time 0 (R's default when <c>start.time</c> is not given).
    /// </summary>
    /// <param name="probability">p, strictly between 0 and 1; 0.5 gives the median.</param>
    /// <exception cref="StatisticsInputException">p not strictly between 0 and 1.</exception>
    public SurvivalQuantile Quantile(double probability)
    {
        Guard.Probability(probability, nameof(probability));
        return new SurvivalQuantile(
            probability,
            QuantileFinder.Find(probability, 0, Time, Survival),
            QuantileFinder.Find(probability, 0, Time, Lower),
            QuantileFinder.Find(probability, 0, Time, Upper));
    }

    /// <summary>Median survival time with its confidence interval: <see cref="Quantile"/>(0.5). R: <c>quantile(fit, 0.5)</c>.</summary>
    public SurvivalQuantile Median() => Quantile(0.5);
}
