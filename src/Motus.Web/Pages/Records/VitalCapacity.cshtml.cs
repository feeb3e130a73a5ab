using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;
namespace Motus.Web.Pages.Records;

/// <summary>The vital-capacity form: FVC or SVC, up to three trials in litres and % predicted.</summary>
public sealed class VitalCapacityModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<VitalCapacityTest, VitalCapacityDetails, VitalCapacityInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<VitalCapacityTest, VitalCapacityDetails> Kind => RecordKinds.VitalCapacity;

    /// <inheritdoc />
    protected override VitalCapacityInput FromDetails(VitalCapacityDetails details) => VitalCapacityInput.From(details);

    /// <inheritdoc />
    protected override VitalCapacityInput NewInput() => new() { Date = Today };
}
