using Motus.Analysis.Common;

namespace Motus.Analysis.Progression;

/// <summary>
/// Lead-in slope versus post slope around one administration of one patient. Time 0 of both slopes is the administration
/// date. The difference and its standard error use a pooled residual variance σ̂² = (RSS_pre + RSS_post)/(n_pre − 2 +
/// n_post − 2), as in the reference's model of a common within-patient noise (trial-methods §3.2):
/// Var(post − pre) = σ̂²·(1/Stt_pre + 1/Stt_post − 2·w_pre(b)·w_post(b)), where w_k(b) = (t_b − t̄_k)/Stt_k is the OLS weight
/// of the shared baseline visit b in period k (0 when not shared).
/// </summary>
/// <param name="PatientCode">The patient's code.</param>
/// <param name="AdministrationDate">The pivot date (time 0).</param>
/// <param name="DoseNumber">The dose number of the administration; null when the pivot was a plain date.</param>
/// <param name="BaselineVisitDate">The baseline visit; null when no rating lies within the tolerance before the pivot.</param>
/// <param name="Baseline">Where the baseline visit went.</param>
/// <param name="LeadIn">The lead-in window.</param>
/// <param name="Post">The post window.</param>
/// <param name="PreSlope">The lead-in slope.</param>
/// <param name="PostSlope">The post slope.</param>
/// <param name="Difference">post − pre, points/month (positive = slower decline after); null when either slope is not estimable.</param>
/// <param name="DifferenceStandardError">SE of the difference by the formula above; null when σ̂² has no degrees of freedom.</param>
/// <param name="Covariance">Cov(pre, post) = σ̂²·w_pre(b)·w_post(b) (negative when shared; 0 when not); null with the SE.</param>
/// <param name="PooledResidualSd">σ̂; null without residual degrees of freedom.</param>
/// <param name="RelativeChange">(post − pre)/|pre|, the slope reduction as a fraction (0.25 = 25% slower), only when pre &lt; 0; else null.</param>
/// <param name="Warnings">Caveats (no baseline visit, two-point slopes, …).</param>
/// <param name="Method">The windows, the baseline handling and the estimator.</param>
public sealed record PrePostComparison(
    string PatientCode,
    DateOnly AdministrationDate,
    int? DoseNumber,
    DateOnly? BaselineVisitDate,
    BaselineVisitHandling Baseline,
    DateWindow LeadIn,
    DateWindow Post,
    SlopeEstimate PreSlope,
    SlopeEstimate PostSlope,
    double? Difference,
    double? DifferenceStandardError,
    double? Covariance,
    double? PooledResidualSd,
    double? RelativeChange,
    IReadOnlyList<string> Warnings,
    string Method);
