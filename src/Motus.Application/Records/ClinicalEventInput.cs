using Motus.Domain.Events;

namespace Motus.Application.Records;

/// <summary>A clinical event as entered: gastrostomy, NIV start or usage, tracheostomy, death, withdrawal, loss to follow-up (rules EVT-01 to EVT-04, XR-01).</summary>
public sealed class ClinicalEventInput : IRecordInput<ClinicalEventDetails>
{
    /// <summary>Kind.</summary>
    public ClinicalEventKind? Kind { get; set; }
    /// <summary>Date (start of the interval for NIV usage).</summary>
    public DateOnly? Date { get; set; }
    /// <summary>End of the interval, NIV usage only.</summary>
    public DateOnly? EndDate { get; set; }
    /// <summary>Hours of NIV per day, NIV usage only.</summary>
    public double? HoursPerDay { get; set; }
    /// <summary>Cause of death, death only.</summary>
    public string? Cause { get; set; }
    /// <summary>Notes; never identifying text.</summary>
    public string? Notes { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static ClinicalEventInput From(ClinicalEventDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new ClinicalEventInput { Kind = d.Kind, Date = d.Date, EndDate = d.EndDate, HoursPerDay = d.HoursPerDay, Cause = d.Cause, Notes = d.Notes };
    }

    /// <inheritdoc />
    public ClinicalEventDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var kind = InputRules.Required(Kind, nameof(Kind), "The kind of event", errors);
        var date = InputRules.Required(Date, nameof(Date), "The date", errors);
        return errors.Count > count ? null : new ClinicalEventDetails
        {
            Kind = kind!.Value,
            Date = date!.Value,
            EndDate = EndDate,
            HoursPerDay = HoursPerDay,
            Cause = InputRules.Text(Cause),
            Notes = InputRules.Text(Notes),
        };
    }
}
