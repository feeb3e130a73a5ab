using Motus.Domain.Common;
using Motus.Domain.Safety;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// Adverse events: the verbatim term is Lowest_Level_Term (else Preferred_Term); Preferred_Term and
/// System_Organ_Class are kept as MedDRA coding; Severity maps to an approximate CTCAE grade; the pick-list category
/// is derived from the preferred term. PRO-ACT has no seriousness or relatedness: relatedness is not assessed, and an
/// event is non-serious unless it is fatal (grade 5), which is serious with the criterion "results in death" (ICH E2A,
/// rule AE-08). Two rows of a subject with identical content are one row repeated.
/// </summary>
internal sealed class AdverseEventHandler(ImportContext ctx) : RecordHandler<AdverseEvent, AdverseEventDetails>(S, ctx)
{
    private const string OutcomeVocabulary = "Recovered, Resolved, Recovering, Resolving, Not recovered, Not resolved, Ongoing, Recovered with sequelae, Fatal, Death, Unknown";
    private static readonly FormSchema S = ProactSchemas.AdverseEvents;
    private static readonly int Lowest = S.Col("Lowest_Level_Term");
    private static readonly int Preferred = S.Col("Preferred_Term");
    private static readonly int Soc = S.Col("System_Organ_Class");
    private static readonly int Severity = S.Col("Severity");
    private static readonly int Outcome = S.Col("Outcome");
    private static readonly int Start = S.Col("Start_Date_Delta");
    private static readonly int End = S.Col("End_Date_Delta");

    protected override string Kind => nameof(AdverseEvent);

    public override string? ColumnOf(string field, IRecordDetails details)
    {
        var d = (AdverseEventDetails)details;
        return field switch
        {
            nameof(AdverseEventDetails.VerbatimTerm) => S.Columns[string.IsNullOrEmpty(d.VerbatimTerm) || d.VerbatimTerm == d.MeddraPreferredTerm ? Preferred : Lowest],
            nameof(AdverseEventDetails.MeddraPreferredTerm) or nameof(AdverseEventDetails.Category) => S.Columns[Preferred],
            nameof(AdverseEventDetails.MeddraSystemOrganClass) => S.Columns[Soc],
            nameof(AdverseEventDetails.Grade) or nameof(AdverseEventDetails.Serious) or nameof(AdverseEventDetails.SeriousCriteria) => S.Columns[Severity],
            nameof(AdverseEventDetails.Outcome) => S.Columns[Outcome],
            nameof(AdverseEventDetails.OnsetDate) => S.Columns[Start],
            nameof(AdverseEventDetails.ResolutionDate) => S.Columns[End],
            _ => null,
        };
    }

    protected override AdverseEventDetails? Map(ref RowReader row)
    {
        var onset = row.RequiredDate(Start);
        var end = row.Date(End);
        var preferred = row.Text(Preferred);
        var verbatim = row.Text(Lowest) ?? preferred;
        var grade = row.Code<CtcaeGrade>(Severity, SafetyVocabulary.TryParseSeverity, "Mild, Moderate, Severe, Life-threatening, Fatal, 1–5");
        var outcome = row.Code<AeOutcome>(Outcome, SafetyVocabulary.TryParseOutcome, OutcomeVocabulary);
        if (onset is null)
        {
            return null;
        }

        return new AdverseEventDetails
        {
            VerbatimTerm = verbatim ?? "",
            Category = SafetyVocabulary.CategoryOf(preferred ?? verbatim),
            MeddraPreferredTerm = preferred,
            MeddraSystemOrganClass = row.Text(Soc),
            Grade = grade,
            Serious = grade?.IsFatal == true,
            SeriousCriteria = grade?.IsFatal == true ? SeriousnessCriteria.Death : SeriousnessCriteria.None,
            RelatednessToProduct = Relatedness.NotAssessed,
            RelatednessToProcedure = Relatedness.NotAssessed,
            OnsetDate = onset.Value,
            ResolutionDate = end,
            Outcome = outcome ?? AeOutcome.Unknown,
        };
    }

    protected override Validated<AdverseEvent> Create(PatientId patientId, AdverseEventDetails details, DateOnly today) =>
        AdverseEvent.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(AdverseEventDetails details) => (details, Preferred, "every stored column");
}
