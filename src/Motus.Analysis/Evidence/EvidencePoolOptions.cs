using Motus.Statistics.Meta;

namespace Motus.Analysis.Evidence;

/// <summary>
/// Every choice behind a pooled evidence estimate, with its default. Defaults: random effects with REML τ² and the
/// Hartung–Knapp test (IntHout et al. 2014, BMC Med Res Methodol), logit proportions for adverse events (Schwarzer et
/// al. 2019 on the Freeman–Tukey back-transformation), at least 3 studies. R equivalent:
/// <c>rma(yi, vi, data = escalc("PLO", xi, ni), method = "REML", test = "knha")</c>.
/// </summary>
public sealed record EvidencePoolOptions
{
    /// <summary>The defaults.</summary>
    public static EvidencePoolOptions Default { get; } = new();

    /// <summary>Scale for adverse-event proportions: <see cref="EffectMeasure.LogitProportion"/> (default) or <see cref="EffectMeasure.FreemanTukeyProportion"/>.</summary>
    public EffectMeasure ProportionMeasure { get; init; } = EffectMeasure.LogitProportion;

    /// <summary>τ² estimator. Default REML.</summary>
    public MetaMethod Method { get; init; } = MetaMethod.RestrictedMaximumLikelihood;

    /// <summary>Test and CI of the pooled estimate. Default Hartung–Knapp (<c>test = "knha"</c>).</summary>
    public MetaTest Test { get; init; } = MetaTest.KnappHartung;

    /// <summary>Confidence level of every interval. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Fewest comparable studies for which a pooled estimate is reported. Default 3; at least 2.</summary>
    public int MinimumStudies { get; init; } = 3;

    /// <summary>Efficacy time point in months; null takes each study's latest reported time point.</summary>
    public double? TimepointMonths { get; init; }

    /// <summary>Critical value of the prediction interval. Default metafor's (t with k − 1 df under Hartung–Knapp).</summary>
    public PredictionIntervalKind PredictionInterval { get; init; } = PredictionIntervalKind.Standard;

    /// <summary>Throws <see cref="ArgumentException"/> for an unusable option.</summary>
    public void Validate()
    {
        if (ProportionMeasure is not (EffectMeasure.LogitProportion or EffectMeasure.FreemanTukeyProportion))
        {
            throw new ArgumentException($"ProportionMeasure = {ProportionMeasure}: use LogitProportion or FreemanTukeyProportion.", nameof(ProportionMeasure));
        }

        if (MinimumStudies < 2)
        {
            throw new ArgumentException($"MinimumStudies = {MinimumStudies}: pooling needs at least 2 studies.", nameof(MinimumStudies));
        }

        if (!(Level > 0 && Level < 1))
        {
            throw new ArgumentException($"Level = {Level}: must be strictly between 0 and 1.", nameof(Level));
        }

        if (TimepointMonths is < 0)
        {
            throw new ArgumentException($"TimepointMonths = {TimepointMonths}: must be ≥ 0.", nameof(TimepointMonths));
        }
    }
}
