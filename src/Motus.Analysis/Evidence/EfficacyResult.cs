namespace Motus.Analysis.Evidence;

/// <summary>
/// One efficacy number a study reports, in structured form, only as far as the reference gives it. A comparative
/// estimate (<see cref="Estimate"/> with its interval) is what pooling uses; group values with their ± spread are kept
/// for display. Nothing is derived: a p-value printed as "p&lt;0.001" stays text.
/// </summary>
public sealed class EfficacyResult
{
    /// <summary>Measure code, e.g. <c>alsfrs-r-change-difference</c> (treated minus control change in ALSFRS-R points).</summary>
    public string Measure { get; init; } = "";

    /// <summary>Comparison, one of <see cref="EvidenceVocabulary.Comparisons"/> (randomised, historical, pre-post, within-patient-placebo).</summary>
    public string Comparison { get; init; } = "";

    /// <summary>Time point in months from treatment, when stated.</summary>
    public double? TimepointMonths { get; init; }

    /// <summary>Subgroup, or null for the whole analysed population.</summary>
    public string? Subgroup { get; init; }

    /// <summary>Comparative estimate (difference, or the ratio named by <see cref="EstimateKind"/>).</summary>
    public double? Estimate { get; init; }

    /// <summary>What <see cref="Estimate"/> is when not a difference on <see cref="Unit"/> (e.g. "odds ratio").</summary>
    public string? EstimateKind { get; init; }

    /// <summary>Lower confidence bound of <see cref="Estimate"/>.</summary>
    public double? CiLower { get; init; }

    /// <summary>Upper confidence bound of <see cref="Estimate"/>.</summary>
    public double? CiUpper { get; init; }

    /// <summary>Confidence level of the bounds, e.g. 0.95.</summary>
    public double? CiLevel { get; init; }

    /// <summary>Treated-group value (mean, proportion, median…).</summary>
    public double? TreatedValue { get; init; }

    /// <summary>The ± figure after the treated value (its type is in <see cref="Spread"/>).</summary>
    public double? TreatedSpread { get; init; }

    /// <summary>Control-group (or pre-treatment) value.</summary>
    public double? ControlValue { get; init; }

    /// <summary>The ± figure after the control value.</summary>
    public double? ControlSpread { get; init; }

    /// <summary>What the ± figures are (SD, SE, or "type not stated").</summary>
    public string? Spread { get; init; }

    /// <summary>Exact p-value when printed as one.</summary>
    public double? PValue { get; init; }

    /// <summary>The p-value as printed (e.g. "p&lt;0.001").</summary>
    public string? PText { get; init; }

    /// <summary>Unit of the measure.</summary>
    public string? Unit { get; init; }

    /// <summary>Which sign favours the cells.</summary>
    public string? Direction { get; init; }

    /// <summary>Responder threshold, for responder measures.</summary>
    public string? Threshold { get; init; }

    /// <summary>What the control value refers to (e.g. "PRO-ACT", "3-month run-in (same patients)").</summary>
    public string? ControlLabel { get; init; }

    /// <summary>Verification status.</summary>
    public EvidenceStatus Status { get; init; }

    /// <summary>Key into the study's sources.</summary>
    public string? Source { get; init; }

    /// <summary>Caveat, or null.</summary>
    public string? Note { get; init; }
}
