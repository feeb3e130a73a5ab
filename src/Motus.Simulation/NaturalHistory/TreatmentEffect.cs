namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// A true treatment effect applied to a simulated patient from <see cref="StartDay"/> (days from enrolment) on: the speed
/// of functional decline is multiplied by <see cref="SlopeMultiplier"/> (0.75 = 25% slower decline, so the ALSFRS-R slope is
/// multiplied by 0.75 at every moment) and the hazard of the terminal event (death or tracheostomy) by
/// <see cref="HazardRatio"/> (relative to the ENCALS hazard the patient would otherwise have). <see cref="None"/> changes nothing.
/// </summary>
/// <param name="StartDay">First day of the effect, relative to enrolment (0 = from enrolment on).</param>
/// <param name="SlopeMultiplier">Multiplier of the decline speed, ≥ 0 (1 = no effect, 0 = decline stops).</param>
/// <param name="HazardRatio">Hazard ratio on the terminal event, &gt; 0 (1 = no effect).</param>
public sealed record TreatmentEffect(int StartDay = 0, double SlopeMultiplier = 1, double HazardRatio = 1)
{
    /// <summary>No effect.</summary>
    public static TreatmentEffect None { get; } = new();

    /// <summary>True when the effect changes nothing.</summary>
    public bool IsNone => SlopeMultiplier == 1 && HazardRatio == 1;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is negative or the hazard ratio not positive.</exception>
    public void Validate()
    {
        if (!(SlopeMultiplier >= 0) || double.IsInfinity(SlopeMultiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(SlopeMultiplier), SlopeMultiplier, "The slope multiplier must be finite and ≥ 0.");
        }

        if (!(HazardRatio > 0) || double.IsInfinity(HazardRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(HazardRatio), HazardRatio, "The hazard ratio must be finite and > 0.");
        }
    }
}
