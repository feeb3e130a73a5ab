using Motus.Application.Records;
using Motus.Domain.Events;
using Motus.Web.Security;
namespace Motus.Web.Pages.Records;

/// <summary>The clinical-event form: gastrostomy, NIV start or usage, tracheostomy, death, withdrawal, loss to follow-up.</summary>
public sealed class EventModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<ClinicalEvent, ClinicalEventDetails, ClinicalEventInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<ClinicalEvent, ClinicalEventDetails> Kind => RecordKinds.Event;

    /// <inheritdoc />
    protected override ClinicalEventInput FromDetails(ClinicalEventDetails details) => ClinicalEventInput.From(details);

    /// <inheritdoc />
    protected override ClinicalEventInput NewInput() => new() { Date = Today };
}
