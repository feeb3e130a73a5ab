using Motus.Application.Records;
using Motus.Domain.Safety;
using Motus.Web.Security;
namespace Motus.Web.Pages.Records;

/// <summary>The adverse-event form: CTCAE grade, seriousness and its criteria, relatedness to the product and the procedure, and the administration the event followed (a pick list of the patient's administrations).</summary>
public sealed class AdverseEventModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<AdverseEvent, AdverseEventDetails, AdverseEventInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<AdverseEvent, AdverseEventDetails> Kind => RecordKinds.AdverseEvent;

    /// <summary>CTCAE v5 grades with their general meaning.</summary>
    public SelectField Grades => new("Grade", "CTCAE grade",
        [("1", "1 — Mild"), ("2", "2 — Moderate"), ("3", "3 — Severe or medically significant"), ("4", "4 — Life-threatening"), ("5", "5 — Death related to the event")],
        Input.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture), "CTCAE v5. Grade 5 needs outcome fatal, the criterion 'results in death' and the patient's death recorded on the resolution date.", "Not graded");

    /// <summary>The patient's administrations, for "the event followed".</summary>
    public SelectField Administrations => new("AdministrationId", "Followed the administration",
        [.. Patient.Administrations.Select(a => (a.Id.ToString(), $"Dose {a.Details.DoseNumber} on {a.Details.Date:yyyy-MM-dd}" +
            (Patient.Products.TryGetValue(a.Details.CellProductId, out var lot) ? $" (lot {lot.Details.Lot})" : "")))],
        Input.AdministrationId?.ToString(), "The administration must be on or before the onset (AE-06).", "None");

    /// <inheritdoc />
    protected override AdverseEventInput FromDetails(AdverseEventDetails details) => AdverseEventInput.From(details);

    /// <inheritdoc />
    protected override AdverseEventInput NewInput() => new() { OnsetDate = Today };
}
