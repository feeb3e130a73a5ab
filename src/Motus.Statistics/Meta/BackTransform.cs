namespace Motus.Statistics.Meta;

/// <summary>The transformation from the analysis scale back to the natural scale. R: <c>predict(fit, transf = …)</c>.</summary>
public enum BackTransform
{
    /// <summary>Inverse logit 1/(1 + e^(−x)), for <see cref="EffectMeasure.LogitProportion"/>. R: <c>transf.ilogit</c>.</summary>
    InverseLogit,

    /// <summary>
    /// Miller's (1978, Am Stat) inverse of the Freeman–Tukey transform at the harmonic mean sample size, for
    /// <see cref="EffectMeasure.FreemanTukeyProportion"/>. R: <c>transf.ipft.hm</c> with <c>targs = list(ni = ni)</c>.
    /// </summary>
    InverseFreemanTukeyHarmonicMean,

    /// <summary>Exponential, for <see cref="EffectMeasure.LogRiskRatio"/> and <see cref="EffectMeasure.LogOddsRatio"/>. R: <c>exp</c>.</summary>
    Exponential,
}
