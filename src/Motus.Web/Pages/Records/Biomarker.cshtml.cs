using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>The biomarker form (e.g. NfL in CSF).</summary>
public sealed class BiomarkerModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<BiomarkerResult, BiomarkerDetails, BiomarkerInput>(current, records, clock)
{
    /// <inheritdoc />
    public override RecordKind<BiomarkerResult, BiomarkerDetails> Kind => RecordKinds.Biomarker;

    /// <inheritdoc />
    protected override BiomarkerInput FromDetails(BiomarkerDetails details) => BiomarkerInput.From(details);

    /// <inheritdoc />
    protected override BiomarkerInput NewInput() => new() { Date = Today };
}
