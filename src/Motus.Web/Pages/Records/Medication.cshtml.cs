using Motus.Application.Records;
using Motus.Domain.Medications;
using Motus.Web.Security;
namespace Motus.Web.Pages.Records;

/// <summary>The concomitant-medication form.</summary>
public sealed class MedicationModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<ConcomitantMedication, MedicationDetails, MedicationInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<ConcomitantMedication, MedicationDetails> Kind => RecordKinds.Medication;

    /// <inheritdoc />
    protected override MedicationInput FromDetails(MedicationDetails details) => MedicationInput.From(details);
}
