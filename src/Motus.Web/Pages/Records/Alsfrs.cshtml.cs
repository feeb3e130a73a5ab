using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>
/// The ALSFRS-R form: each item with its anchors, the total and subscores computed as you go (assets/score-form.js; the
/// server recomputes them and is the authority, and the form works without the script), item 5a or 5b by gastrostomy.
/// </summary>
public sealed class AlsfrsModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<AlsfrsAssessment, AlsfrsDetails, AlsfrsInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<AlsfrsAssessment, AlsfrsDetails> Kind => RecordKinds.Alsfrs;

    /// <summary>The scores as the server computes them from the form's current values.</summary>
    public AlsfrsDetails Scores => Input.Preview();

    /// <inheritdoc />
    protected override AlsfrsInput FromDetails(AlsfrsDetails details) => AlsfrsInput.From(details);

    /// <inheritdoc />
    protected override AlsfrsInput NewInput() => new() { Date = Today, Mode = AdministrationMode.Clinic, Respondent = Respondent.Patient };
}
