using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>Death data: Subject_Died = Yes becomes a death event on Death_Days (required then); No, or empty, records nothing.</summary>
internal sealed class DeathHandler(ImportContext ctx) : RecordHandler<ClinicalEvent, ClinicalEventDetails>(S, ctx)
{
    private static readonly FormSchema S = ProactSchemas.DeathData;
    private static readonly int Died = S.Col("Subject_Died");
    private static readonly int Days = S.Col("Death_Days");

    protected override string Kind => nameof(ClinicalEvent);

    public override string? ColumnOf(string field, IRecordDetails details) => field switch
    {
        nameof(ClinicalEventDetails.Date) => S.Columns[Days],
        nameof(ClinicalEventDetails.Kind) => S.Columns[Died],
        _ => null,
    };

    protected override ClinicalEventDetails? Map(ref RowReader row)
    {
        if (row.Code<bool>(Died, PatientVocabulary.TryParseYesNo, "Yes, No") != true)
        {
            _ = row.Integral(Days);
            return null;
        }

        return row.RequiredDate(Days) is { } date ? new ClinicalEventDetails { Kind = ClinicalEventKind.Death, Date = date } : null;
    }

    protected override Validated<ClinicalEvent> Create(PatientId patientId, ClinicalEventDetails details, DateOnly today) =>
        ClinicalEvent.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(ClinicalEventDetails details) => (ClinicalEventKind.Death, Died, "Subject_Died = Yes");
}
