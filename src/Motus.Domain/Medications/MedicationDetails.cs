using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Medications;

/// <summary>Disease-modifying drugs tracked by name; everything else is <see cref="Other"/> with a free-text name.</summary>
public enum MedicationKind
{
    /// <summary>Any other medication.</summary>
    Other = 0,
    /// <summary>Riluzole.</summary>
    Riluzole = 1,
    /// <summary>Edaravone (IV or oral).</summary>
    Edaravone = 2,
    /// <summary>Tofersen (SOD1-ALS).</summary>
    Tofersen = 3,
    /// <summary>Sodium phenylbutyrate–taurursodiol.</summary>
    PhenylbutyrateTaurursodiol = 4,
}

/// <summary>A concomitant medication with its start and stop dates.</summary>
public sealed record MedicationDetails : IRecordDetails
{
    /// <summary>Kind.</summary>
    public MedicationKind Kind { get; init; }
    /// <summary>Name as recorded.</summary>
    public required string Name { get; init; }
    /// <summary>Start date, when known.</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>Stop date, when stopped (MED-01).</summary>
    public DateOnly? StopDate { get; init; }
    /// <summary>Dose as recorded (free text, e.g. <c>50</c>).</summary>
    public string? Dose { get; init; }
    /// <summary>Dose unit as recorded.</summary>
    public string? Unit { get; init; }
    /// <summary>Frequency as recorded (e.g. <c>BID</c>).</summary>
    public string? Frequency { get; init; }
    /// <summary>Route as recorded.</summary>
    public string? Route { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Kind, nameof(Kind));
        v.RequiredText(Name, nameof(Name), 200);
        v.OptionalText(Dose, nameof(Dose), 60);
        v.OptionalText(Unit, nameof(Unit), 60);
        v.OptionalText(Frequency, nameof(Frequency), 60);
        v.OptionalText(Route, nameof(Route), 60);
        v.NotInFuture(StartDate, today, nameof(StartDate));
        v.NotAncient(StartDate, nameof(StartDate));
        v.NotInFuture(StopDate, today, nameof(StopDate));
        v.NotAncient(StopDate, nameof(StopDate));
        v.Ordered(StartDate, nameof(StartDate), StopDate, nameof(StopDate), DomainRules.MedicationStopAfterStart);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (StartDate, nameof(StartDate));
        yield return (StopDate, nameof(StopDate));
    }
}
