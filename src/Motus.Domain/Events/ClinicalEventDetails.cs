using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Events;

/// <summary>Milestones of the disease course and of study participation.</summary>
public enum ClinicalEventKind
{
    /// <summary>Gastrostomy placed.</summary>
    Gastrostomy = 1,
    /// <summary>Non-invasive ventilation started.</summary>
    NivStart = 2,
    /// <summary>NIV use over an interval, in hours per day (for the "NIV ≥ H h/day for ≥ D days" endpoint).</summary>
    NivUsage = 3,
    /// <summary>Tracheostomy (invasive ventilation).</summary>
    Tracheostomy = 4,
    /// <summary>Death.</summary>
    Death = 5,
    /// <summary>Withdrawal from the study.</summary>
    Withdrawal = 6,
    /// <summary>Lost to follow-up (date of last contact).</summary>
    LostToFollowUp = 7,
}

/// <summary>A dated clinical event.</summary>
public sealed record ClinicalEventDetails : IRecordDetails
{
    /// <summary>Kind.</summary>
    public required ClinicalEventKind Kind { get; init; }
    /// <summary>Date of the event (start of the interval for NIV usage).</summary>
    public required DateOnly Date { get; init; }
    /// <summary>End of the interval, NIV usage only (EVT-02).</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Hours of NIV per day over the interval, NIV usage only (EVT-01).</summary>
    public double? HoursPerDay { get; init; }
    /// <summary>Cause of death, death only (EVT-04).</summary>
    public string? Cause { get; init; }
    /// <summary>Notes; never identifying text.</summary>
    public string? Notes { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Kind, nameof(Kind));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.NotInFuture(EndDate, today, nameof(EndDate));
        v.OptionalText(Cause, nameof(Cause), 500);
        v.OptionalText(Notes, nameof(Notes), 2000);
        var niv = Kind == ClinicalEventKind.NivUsage;
        v.When(niv ? HoursPerDay is not ({ } h and >= 0 and <= 24) : HoursPerDay is not null, DomainRules.NivHoursRange, nameof(HoursPerDay), HoursPerDay);
        v.When(niv ? EndDate is not { } e || e < Date : EndDate is not null, DomainRules.NivIntervalOrdered, nameof(EndDate), EndDate, $"{nameof(Date)} is {Date:yyyy-MM-dd}");
        v.When(Kind != ClinicalEventKind.Death && Cause is not null, DomainRules.CauseOnlyForDeath, nameof(Cause), Cause);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
        yield return (EndDate, nameof(EndDate));
    }
}
