using System.Globalization;

namespace Motus.Analysis.Endpoints;

/// <summary>
/// A composite time-to-event endpoint: the first of the included <see cref="Components"/>. The sustained-NIV component
/// (permanent assisted ventilation, PAV) is NIV use meeting <see cref="NivHoursPerDay"/> (compared by
/// <see cref="NivComparison"/>) on at least <see cref="NivMinimumConsecutiveDays"/> consecutive calendar days.
/// </summary>
/// <remarks>
/// Defaults: death, tracheostomy or NIV ≥ 22 h/day on ≥ 10 consecutive days, dated at the first day of the run. This
/// follows the PAV definition "NIV ≥ 22 h/day for ≥ 7 (or 10) consecutive days" noted as common in NEALS-era trials,
/// which is <b>unverified</b> (als-methods.md §4.1 and open question 9; docs/methods/endpoints.md); 22 h also appears
/// in the EXPERTS-ALS exclusion "NIV &gt; 22 hr/day". Set the protocol's values explicitly. <see cref="Encals"/> is the
/// ENCALS model outcome (NIV &gt; 23 h/day, tracheostomy or death; Westeneng et al., Lancet Neurol 2018;17:423–433),
/// whose abstract states no duration, so one qualifying day suffices there.
/// </remarks>
public sealed record CompositeEndpointDefinition
{
    /// <summary>Death, tracheostomy or NIV ≥ 22 h/day on ≥ 10 consecutive days (the defaults of every property).</summary>
    public static CompositeEndpointDefinition DeathTracheostomyPav { get; } = new();

    /// <summary>Death only (overall survival).</summary>
    public static CompositeEndpointDefinition DeathOnly { get; } = new() { Name = "Death", Components = EndpointComponents.Death };

    /// <summary>The ENCALS outcome: death, tracheostomy or NIV &gt; 23 h/day (any single qualifying day).</summary>
    public static CompositeEndpointDefinition Encals { get; } = new()
    {
        Name = "ENCALS composite",
        NivHoursPerDay = 23,
        NivComparison = NivThresholdComparison.MoreThan,
        NivMinimumConsecutiveDays = 1,
    };

    /// <summary>A short name for reports; default "Death, tracheostomy or PAV".</summary>
    public string Name { get; init; } = "Death, tracheostomy or PAV";

    /// <summary>The events counted; default death, tracheostomy and sustained NIV.</summary>
    public EndpointComponents Components { get; init; } = EndpointComponents.Death | EndpointComponents.Tracheostomy | EndpointComponents.SustainedNiv;

    /// <summary>NIV hours per day that qualify a day, in (0, 24]; default 22.</summary>
    public double NivHoursPerDay { get; init; } = 22;

    /// <summary>How a day's hours are compared with <see cref="NivHoursPerDay"/>; default ≥.</summary>
    public NivThresholdComparison NivComparison { get; init; } = NivThresholdComparison.AtLeast;

    /// <summary>Consecutive qualifying calendar days needed (≥ 1); default 10 (unverified, see remarks).</summary>
    public int NivMinimumConsecutiveDays { get; init; } = 10;

    /// <summary>Which day of the qualifying run is the event date; default the first day of the run.</summary>
    public NivEventDateRule NivEventDate { get; init; } = NivEventDateRule.FirstDayOfRun;

    /// <summary>Throws <see cref="ArgumentException"/> when the definition cannot be applied (a broken contract).</summary>
    public void Validate()
    {
        if (Components == EndpointComponents.None || (Components & ~(EndpointComponents)15) != 0)
        {
            throw new ArgumentException($"Components = {Components}: include at least one of Death, Tracheostomy, SustainedNiv, NivStart.", nameof(Components));
        }

        if (!(NivHoursPerDay > 0 && NivHoursPerDay <= 24))
        {
            throw new ArgumentOutOfRangeException(nameof(NivHoursPerDay), NivHoursPerDay, "NIV hours per day must be in (0, 24].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(NivMinimumConsecutiveDays, 1, nameof(NivMinimumConsecutiveDays));
        if (!Enum.IsDefined(NivComparison) || !Enum.IsDefined(NivEventDate))
        {
            throw new ArgumentException($"NivComparison = {NivComparison}, NivEventDate = {NivEventDate}: undefined value.", nameof(NivComparison));
        }
    }

    /// <summary>True when a day with <paramref name="hours"/> of NIV qualifies.</summary>
    public bool Qualifies(double hours) =>
        NivComparison == NivThresholdComparison.AtLeast ? hours >= NivHoursPerDay : hours > NivHoursPerDay;

    /// <summary>The definition in words, for method strings (e.g. "death, tracheostomy or NIV ≥ 22 h/day on ≥ 10 consecutive days").</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Components.HasFlag(EndpointComponents.Death))
        {
            parts.Add("death");
        }

        if (Components.HasFlag(EndpointComponents.Tracheostomy))
        {
            parts.Add("tracheostomy");
        }

        if (Components.HasFlag(EndpointComponents.SustainedNiv))
        {
            var op = NivComparison == NivThresholdComparison.AtLeast ? "≥" : ">";
            var dated = NivEventDate == NivEventDateRule.FirstDayOfRun ? "dated at the first day of the run" : "dated when the criterion is met";
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"NIV {op} {NivHoursPerDay:0.##} h/day on ≥ {NivMinimumConsecutiveDays} consecutive day(s) ({dated})"));
        }

        if (Components.HasFlag(EndpointComponents.NivStart))
        {
            parts.Add("NIV start");
        }

        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1];
        return $"{Name}: first of {list}";
    }
}
