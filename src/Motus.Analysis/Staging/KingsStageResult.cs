namespace Motus.Analysis.Staging;

/// <summary>
/// King's stage estimated from one ALSFRS-R rating, with the criteria behind it. Criteria are null when the items they
/// need are missing; <see cref="Stage"/> is null when a missing item could change the stage.
/// </summary>
/// <param name="Date">Date of the rating.</param>
/// <param name="Stage">The stage; null when not determined.</param>
/// <param name="Label">"0", "1", "2", "3", "4A", "4B" or "5"; null when not determined.</param>
/// <param name="RespiratoryFailure">4B criterion: item R1 (dyspnoea) = 0 or item R3 (respiratory insufficiency) &lt; 4.</param>
/// <param name="Gastrostomy">4A criterion: item 5b answered, the rating's gastrostomy flag, or a gastrostomy event on or before the date.</param>
/// <param name="Bulbar">Bulbar region involved: any of items 1–3 &lt; 4.</param>
/// <param name="UpperLimb">Upper limb involved: item 4 &lt; 4 or item 5a &lt; 4.</param>
/// <param name="LowerLimb">Lower limb involved: item 8 &lt; 4.</param>
/// <param name="RecodedFromStageZero">True when stage 0 was reported as 1 by <see cref="StagingOptions.RecodeStageZeroToOne"/>.</param>
/// <param name="NotDeterminedReason">Why <see cref="Stage"/> is null; null when determined.</param>
/// <param name="Method">The mapping and its choices.</param>
public sealed record KingsStageResult(
    DateOnly Date,
    KingsStage? Stage,
    string? Label,
    bool? RespiratoryFailure,
    bool? Gastrostomy,
    bool? Bulbar,
    bool? UpperLimb,
    bool? LowerLimb,
    bool RecodedFromStageZero,
    string? NotDeterminedReason,
    string Method);
