namespace Motus.Analysis.Staging;

/// <summary>Choices of the ALSFRS-R staging. Every member has a documented default.</summary>
public sealed record StagingOptions
{
    /// <summary>
    /// Report King's stage 0 (no bulbar, upper- or lower-limb item impaired) as stage 1, as one PRO-ACT implementation
    /// does (yoonhohong/proact, 119 records). Default false: stage 0 stays 0 ("undetermined" in the reference).
    /// </summary>
    public bool RecodeStageZeroToOne { get; init; }
}
