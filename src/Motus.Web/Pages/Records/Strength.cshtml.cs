using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>
/// The strength form: one muscle group on one side, MRC grade (0–5) or hand-held dynamometry (newtons). Method and side
/// are chosen, never defaulted. The muscle-group box suggests the names already used for this patient, so that one
/// protocol's names stay consistent (no ALS muscle list is verified in the project's reference, so none is imposed).
/// </summary>
public sealed class StrengthModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<StrengthMeasurement, StrengthDetails, StrengthInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<StrengthMeasurement, StrengthDetails> Kind => RecordKinds.Strength;

    /// <summary>The method pick list.</summary>
    public SelectField Methods => new(nameof(StrengthInput.Method), "Method",
        [(nameof(StrengthMethod.Mrc), "MRC grade (manual muscle testing, 0–5)"), (nameof(StrengthMethod.HandHeldDynamometry), "Hand-held dynamometry (force in newtons)")],
        Input.Method?.ToString(), Empty: "Choose…");

    /// <summary>The side pick list.</summary>
    public SelectField Sides => new(nameof(StrengthInput.Side), "Side",
        [(nameof(BodySide.Left), "Left"), (nameof(BodySide.Right), "Right"), (nameof(BodySide.None), "None (midline muscle group, or side not recorded)")],
        Input.Side?.ToString(), Empty: "Choose…");

    /// <summary>Muscle-group names already recorded for this patient, for the suggestions list.</summary>
    public IReadOnlyList<string> KnownMuscleGroups => [.. Patient.Strength.Select(s => s.Details.MuscleGroup).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <inheritdoc />
    protected override StrengthInput FromDetails(StrengthDetails details) => StrengthInput.From(details);

    /// <inheritdoc />
    protected override StrengthInput NewInput() => new() { Date = Today };
}
