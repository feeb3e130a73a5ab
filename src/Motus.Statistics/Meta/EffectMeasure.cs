namespace Motus.Statistics.Meta;

/// <summary>
/// The effect-size scale of a meta-analysis, named after <c>metafor::escalc(measure = …)</c>. Each member documents the
/// formula for the estimate y<sub>i</sub> and its sampling variance v<sub>i</sub>.
/// </summary>
public enum EffectMeasure
{
    /// <summary>
    /// Logit of a proportion: y = ln(p / (1 − p)), v = 1/x + 1/(n − x), p = x/n (after any zero-cell correction).
    /// R: <c>escalc(measure = "PLO", xi, ni)</c>. Back-transformed with the inverse logit (<c>transf.ilogit</c>).
    /// </summary>
    LogitProportion,

    /// <summary>
    /// Freeman–Tukey double arcsine of a proportion: y = ½[asin√(x/(n+1)) + asin√((x+1)/(n+1))], v = 1/(4n + 2)
    /// (Freeman &amp; Tukey 1950, Ann Math Stat). R: <c>escalc(measure = "PFT", xi, ni)</c>. Back-transformed with Miller's
    /// (1978) inversion at the harmonic mean of the sample sizes (<c>transf.ipft.hm</c>). Its inverse can mislead
    /// (Schwarzer et al. 2019, Res Synth Methods); prefer <see cref="LogitProportion"/> unless reproducing a publication.
    /// </summary>
    FreemanTukeyProportion,

    /// <summary>Raw proportion: y = p, v = p(1 − p)/n. R: <c>escalc(measure = "PR", xi, ni)</c> (vtype "LS").</summary>
    RawProportion,

    /// <summary>
    /// Log risk ratio of two groups: y = ln(a/n₁) − ln(c/n₂), v = 1/a − 1/n₁ + 1/c − 1/n₂.
    /// R: <c>escalc(measure = "RR", ai, bi, ci, di)</c>. Back-transformed with exp.
    /// </summary>
    LogRiskRatio,

    /// <summary>
    /// Log odds ratio of two groups: y = ln(ad/(bc)), v = 1/a + 1/b + 1/c + 1/d.
    /// R: <c>escalc(measure = "OR", ai, bi, ci, di)</c>. Back-transformed with exp.
    /// </summary>
    LogOddsRatio,

    /// <summary>Raw mean difference m₁ − m₂ with v = sd₁²/n₁ + sd₂²/n₂ (unequal variances). R: <c>escalc(measure = "MD")</c>.</summary>
    MeanDifference,

    /// <summary>
    /// Standardised mean difference, Hedges' g with the exact bias correction
    /// c(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)), m = n₁ + n₂ − 2 (Hedges 1981, J Educ Stat); large-sample variance
    /// v = 1/n₁ + 1/n₂ + g²/(2(n₁ + n₂)). R: <c>escalc(measure = "SMD", vtype = "LS")</c> (metafor's default).
    /// </summary>
    StandardizedMeanDifference,
}
