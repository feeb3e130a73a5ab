using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Claims;

/// <summary>A single-arm responder claim, e.g. "the monthly rate of progression was ameliorated by more than 25% in 15/19 patients".</summary>
/// <param name="Patients">n, the patients the claim counts (evaluable under its definition), at least 1.</param>
/// <param name="Responders">The claimed responder count, 0 ≤ responders ≤ n.</param>
/// <param name="Definition">The responder definition.</param>
/// <param name="Schedule">Lead-in and follow-up visit times (months) and whether the treatment visit is shared.</param>
/// <param name="Entry">The study's entry rule on the lead-in window.</param>
public sealed record Claim(int Patients, int Responders, ResponderDefinition Definition, PrePostSchedule Schedule, EntryRule Entry);
