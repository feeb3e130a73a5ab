namespace Motus.Analysis.Evidence;

/// <summary>The two kinds of pooled outcome.</summary>
public enum EvidenceOutcomeKind
{
    /// <summary>Proportion of treated patients with an adverse event of one category (single-group proportions).</summary>
    AdverseEvent,

    /// <summary>A comparative efficacy estimate (treated minus control) from randomised studies.</summary>
    Efficacy,
}
