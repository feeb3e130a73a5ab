namespace Motus.Simulation.Claims;

/// <summary>The kinds of entry rule a claim check can reproduce.</summary>
public enum EntryRuleKind
{
    /// <summary>Everyone enters.</summary>
    None,

    /// <summary>Enter when the observed lead-in OLS slope is at most the value (points/month), e.g. ŝ_pre ≤ −1.</summary>
    PreSlopeAtMost,

    /// <summary>
    /// Enter when the observed lead-in decline — first lead-in score minus last lead-in score — is at least the value
    /// (points), e.g. NurOwn phase 3's "≥ 3-point decline before randomisation".
    /// </summary>
    LeadInDeclineAtLeast,
}
