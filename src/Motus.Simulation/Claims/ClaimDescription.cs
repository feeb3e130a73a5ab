namespace Motus.Simulation.Claims;

/// <summary>The checked claim, in words, as every result repeats it.</summary>
/// <param name="Patients">n.</param>
/// <param name="Responders">The claimed responder count.</param>
/// <param name="Definition">The responder definition.</param>
/// <param name="Visits">Lead-in and follow-up visit times and baseline sharing.</param>
/// <param name="EntryRule">The entry rule, in the syntax <see cref="Claims.EntryRule.Parse"/> reads.</param>
public sealed record ClaimDescription(int Patients, int Responders, string Definition, string Visits, string EntryRule)
{
    /// <summary>Describes <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim.</param>
    public static ClaimDescription Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Patients, claim.Responders, claim.Definition.ToString(), claim.Schedule.ToString(), claim.Entry.ToString());
    }
}
