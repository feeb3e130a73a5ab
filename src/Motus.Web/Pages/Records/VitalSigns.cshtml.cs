using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>The weight-and-height form (kg, cm).</summary>
public sealed class VitalSignsModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<VitalSigns, VitalSignsDetails, VitalSignsInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<VitalSigns, VitalSignsDetails> Kind => RecordKinds.VitalSigns;

    /// <inheritdoc />
    protected override VitalSignsInput FromDetails(VitalSignsDetails details) => VitalSignsInput.From(details);

    /// <inheritdoc />
    protected override VitalSignsInput NewInput() => new() { Date = Today };
}
