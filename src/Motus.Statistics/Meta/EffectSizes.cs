namespace Motus.Statistics.Meta;

/// <summary>
/// Study-level effect sizes ready for <see cref="MetaAnalysis.Fit(EffectSizes, MetaAnalysisOptions?)"/>, with a record of
/// every correction made. R: the <c>yi</c>, <c>vi</c> columns of <c>metafor::escalc()</c>.
/// </summary>
/// <param name="Measure">The effect-size scale.</param>
/// <param name="Yi">Estimates of the included studies, in input order.</param>
/// <param name="Vi">Their sampling variances.</param>
/// <param name="StudyIndex">For each row of <paramref name="Yi"/>, the zero-based index of the study in the input.</param>
/// <param name="CorrectedStudies">Input indices of the studies whose cells received the zero-cell increment.</param>
/// <param name="DroppedStudies">Input indices of studies left out (double-zero studies when <paramref name="DropDoubleZero"/> is set).</param>
/// <param name="Correction">The zero-cell correction applied; null for continuous measures.</param>
/// <param name="DropDoubleZero">Whether studies with no events (or only events) in both groups were dropped. R: <c>drop00</c>.</param>
/// <param name="SampleSizes">Per included study, the uncorrected total sample size (n for proportions, n₁ + n₂ for two groups).</param>
/// <param name="Warnings">Messages for the user, e.g. a study with zero sampling variance.</param>
public sealed record EffectSizes(
    EffectMeasure Measure,
    double[] Yi,
    double[] Vi,
    int[] StudyIndex,
    int[] CorrectedStudies,
    int[] DroppedStudies,
    ZeroCellCorrection? Correction,
    bool DropDoubleZero,
    double[] SampleSizes,
    IReadOnlyList<string> Warnings);
