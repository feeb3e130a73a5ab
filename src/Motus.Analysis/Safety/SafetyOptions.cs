namespace Motus.Analysis.Safety;

/// <summary>Every choice the safety tables depend on.</summary>
public sealed record SafetyOptions
{
    /// <summary>The defaults: all patients, all recorded events, recorded links only, 95% intervals.</summary>
    public static SafetyOptions Default { get; } = new();

    /// <summary>Denominator population; default <see cref="SafetyPopulation.AllPatients"/>.</summary>
    public SafetyPopulation Population { get; init; } = SafetyPopulation.AllPatients;

    /// <summary>Events counted; default <see cref="AeWindow.AllRecorded"/>.</summary>
    public AeWindow Window { get; init; } = AeWindow.AllRecorded;

    /// <summary>
    /// How an adverse event is attributed to an administration for the per-administration tables. Null (default): only
    /// the recorded link (<c>AdministrationId</c>, rule AE-06). A number of days: an event without a recorded link is
    /// also attributed to the patient's latest administration on or before its onset when the onset is at most this
    /// many days later.
    /// </summary>
    public int? LinkWindowDays { get; init; }

    /// <summary>Level of the Clopper–Pearson and Poisson intervals; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Throws <see cref="ArgumentException"/> for a value that cannot be used.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Population) || !Enum.IsDefined(Window))
        {
            throw new ArgumentException($"Population = {Population}, Window = {Window}: undefined value.", nameof(Population));
        }

        if (LinkWindowDays is { } d)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(d, nameof(LinkWindowDays));
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "Must be strictly between 0 and 1.");
        }
    }
}
