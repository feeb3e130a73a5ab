using Motus.Statistics.Common;

namespace Motus.Statistics.Meta;

/// <summary>
/// Q-profile confidence intervals for τ², τ, I² and H² (Viechtbauer 2007, Stat Med): the τ² bounds solve
/// Q(τ²) = Σ(yᵢ − μ̂)²/(vᵢ + τ²) = χ²_{k−1} quantiles; the I² and H² bounds follow from the τ² bounds with the typical
/// within-study variance s². R: <c>confint(fit)</c>. Compared with metafor at 1e-5.
/// </summary>
/// <param name="Level">Confidence level.</param>
/// <param name="Tau2">τ² estimate of the fit.</param>
/// <param name="Tau2Lower">Lower bound of τ² (0 when Q(0) is below the upper χ² quantile).</param>
/// <param name="Tau2Upper">Upper bound of τ².</param>
/// <param name="Tau">τ estimate.</param>
/// <param name="TauLower">√ of the lower τ² bound.</param>
/// <param name="TauUpper">√ of the upper τ² bound.</param>
/// <param name="I2">I² estimate (percent).</param>
/// <param name="I2Lower">Lower I² bound (percent).</param>
/// <param name="I2Upper">Upper I² bound (percent).</param>
/// <param name="H2">H² estimate.</param>
/// <param name="H2Lower">Lower H² bound.</param>
/// <param name="H2Upper">Upper H² bound.</param>
/// <param name="UpperSearchLimit">The largest τ² searched; a bound equal to it means "at least this" (R prints "&gt;").</param>
/// <param name="Diagnostics">Root-finding iterations and warnings (empty interval, bound at the search limit).</param>
public sealed record HeterogeneityInterval(
    double Level,
    double Tau2,
    double Tau2Lower,
    double Tau2Upper,
    double Tau,
    double TauLower,
    double TauUpper,
    double I2,
    double I2Lower,
    double I2Upper,
    double H2,
    double H2Lower,
    double H2Upper,
    double UpperSearchLimit,
    FitDiagnostics Diagnostics);
