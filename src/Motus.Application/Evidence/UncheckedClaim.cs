using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>A single-arm claim the claim check cannot judge from the data, with what is missing; never computed from guesses.</summary>
/// <param name="Claim">The claim as stored.</param>
/// <param name="StudyId">The study's id.</param>
/// <param name="StudyLabel">The study's label.</param>
/// <param name="Missing">What the null needs and the data lacks, one phrase each.</param>
public sealed record UncheckedClaim(ResponderClaim Claim, string StudyId, string StudyLabel, IReadOnlyList<string> Missing);
