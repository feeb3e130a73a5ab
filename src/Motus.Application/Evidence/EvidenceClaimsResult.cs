namespace Motus.Application.Evidence;

/// <summary>Every single-arm claim in the library: checked ones beside their null, the others with what is missing, and the randomised evidence.</summary>
/// <param name="Checked">Claims with n, responders and a relative ALSFRS-R slope threshold.</param>
/// <param name="Unchecked">Claims the null cannot be computed for, with the reason.</param>
/// <param name="Randomised">Efficacy results of randomised comparisons, whole population and subgroups as stored.</param>
/// <param name="Options">The settings used (replicates, seed, schedules, grid).</param>
/// <param name="Method">The method, in words, including the null model and the stated defaults.</param>
/// <param name="Caveats">What the reader must keep in mind.</param>
public sealed record EvidenceClaimsResult(
    IReadOnlyList<CheckedClaim> Checked,
    IReadOnlyList<UncheckedClaim> Unchecked,
    IReadOnlyList<RandomisedEvidence> Randomised,
    EvidenceClaimsOptions Options,
    string Method,
    IReadOnlyList<string> Caveats);
