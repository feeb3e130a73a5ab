namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// The planned visits, in months relative to enrolment (day 0; negative months are lead-in visits before enrolment), how
/// far actual visits stray from plan, how often one is missed, and how long vital status is followed.
/// </summary>
/// <remarks>
/// A visit happens only after symptom onset, before the terminal event (death or tracheostomy) and before dropout.
/// The enrolment visit (month 0) is never missed and never shifted. Defaults are [U]: trial-like, not from a source.
/// </remarks>
public sealed record VisitSchedule
{
    /// <summary>Planned visit times in months from enrolment, strictly increasing; must contain 0 (the enrolment visit).</summary>
    public required IReadOnlyList<double> PlannedMonths { get; init; }

    /// <summary>Each visit other than enrolment moves by a uniform whole number of days in [−J, J]: J = 7 [U].</summary>
    public int JitterDays { get; init; } = 7;

    /// <summary>Probability that a planned visit other than enrolment is missed (the patient comes back later): 0.05 [U].</summary>
    public double MissedVisitProbability { get; init; } = 0.05;

    /// <summary>
    /// Months from enrolment until which vital status (death, tracheostomy) is known, also after dropout; null = the last
    /// planned visit. Later events are not reported.
    /// </summary>
    public double? VitalStatusMonths { get; init; }

    /// <summary>The month until which vital status is followed.</summary>
    public double VitalStatusHorizon => VitalStatusMonths ?? PlannedMonths[^1];

    /// <summary>The default schedule of a natural-history cohort: monthly visits from enrolment to month 18, no lead-in [U].</summary>
    public static VisitSchedule Default { get; } = Regular(1, 18);

    /// <summary>
    /// Visits every <paramref name="intervalMonths"/> from month −<paramref name="leadInMonths"/> (rounded down to the interval)
    /// through <paramref name="durationMonths"/>, always including month 0.
    /// </summary>
    /// <param name="intervalMonths">Interval between planned visits, months (&gt; 0).</param>
    /// <param name="durationMonths">Last planned month after enrolment (≥ 0).</param>
    /// <param name="leadInMonths">Months of lead-in visits before enrolment (≥ 0).</param>
    public static VisitSchedule Regular(double intervalMonths, double durationMonths, double leadInMonths = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(intervalMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(durationMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(leadInMonths);
        var months = new List<double>();
        var before = (int)Math.Floor((leadInMonths / intervalMonths) + 1e-9);
        for (var k = -before; k * intervalMonths <= durationMonths + 1e-9; k++)
        {
            months.Add(k * intervalMonths);
        }

        return new VisitSchedule { PlannedMonths = months };
    }

    /// <summary>Throws when the plan is not strictly increasing, lacks month 0, or a setting is out of range.</summary>
    /// <exception cref="ArgumentException">The schedule is invalid.</exception>
    public void Validate()
    {
        if (PlannedMonths.Count == 0 || !PlannedMonths.Contains(0))
        {
            throw new ArgumentException("The visit schedule must contain month 0 (the enrolment visit).", nameof(PlannedMonths));
        }

        for (var i = 1; i < PlannedMonths.Count; i++)
        {
            if (!(PlannedMonths[i] > PlannedMonths[i - 1]))
            {
                throw new ArgumentException("Planned visit months must be strictly increasing.", nameof(PlannedMonths));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(JitterDays);
        if (!(MissedVisitProbability >= 0 && MissedVisitProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MissedVisitProbability), MissedVisitProbability, "Must lie in [0, 1).");
        }

        if (VitalStatusMonths is { } v && !(v >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(VitalStatusMonths), v, "Must be ≥ 0.");
        }
    }
}
