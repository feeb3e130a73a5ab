namespace Motus.Analysis.Staging;

/// <summary>
/// MiToS stage from one ALSFRS-R rating: the number of domains with loss of independence (0–4), 5 for death. Domain flags
/// are null when the items they need are missing; <see cref="Stage"/> is null when any domain is unknown.
/// </summary>
/// <param name="Date">Date of the rating.</param>
/// <param name="Stage">0–5; null when not determined.</param>
/// <param name="Movement">Walking/self-care lost: item 8 ≤ 1 OR item 6 ≤ 1.</param>
/// <param name="Swallowing">Swallowing lost: item 3 ≤ 1.</param>
/// <param name="Communicating">Communicating lost: item 1 ≤ 1 AND item 4 ≤ 1 (Table 1 of Chiò 2015; not OR).</param>
/// <param name="Breathing">Breathing lost: item R1 (10) ≤ 1 OR item R3 (12) ≤ 2.</param>
/// <param name="NotDeterminedReason">Why <see cref="Stage"/> is null; null when determined.</param>
/// <param name="Method">The rules.</param>
public sealed record MitosStageResult(
    DateOnly Date,
    int? Stage,
    bool? Movement,
    bool? Swallowing,
    bool? Communicating,
    bool? Breathing,
    string? NotDeterminedReason,
    string Method);
