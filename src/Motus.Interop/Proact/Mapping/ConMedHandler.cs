using Motus.Domain.Common;
using Motus.Domain.Medications;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// Concomitant medications: Medication_Coded is the name (its kind — riluzole, edaravone, tofersen… — is derived
/// from it); dose, unit, frequency and route are kept as text. Two rows of a subject with identical content are one
/// row repeated.
/// </summary>
internal sealed class ConMedHandler(ImportContext ctx) : RecordHandler<ConcomitantMedication, MedicationDetails>(S, ctx)
{
    private static readonly FormSchema S = ProactSchemas.ConMeds;
    private static readonly int Name = S.Col("Medication_Coded");
    private static readonly int Start = S.Col("Start_Delta");
    private static readonly int Stop = S.Col("Stop_Delta");
    private static readonly int Dose = S.Col("Dose");
    private static readonly int Unit = S.Col("Unit");
    private static readonly int Frequency = S.Col("Frequency");
    private static readonly int Route = S.Col("Route");

    protected override string Kind => nameof(ConcomitantMedication);

    public override string? ColumnOf(string field, IRecordDetails details) => field switch
    {
        nameof(MedicationDetails.Name) or nameof(MedicationDetails.Kind) => S.Columns[Name],
        nameof(MedicationDetails.StartDate) => S.Columns[Start],
        nameof(MedicationDetails.StopDate) => S.Columns[Stop],
        nameof(MedicationDetails.Dose) => S.Columns[Dose],
        nameof(MedicationDetails.Unit) => S.Columns[Unit],
        nameof(MedicationDetails.Frequency) => S.Columns[Frequency],
        nameof(MedicationDetails.Route) => S.Columns[Route],
        _ => null,
    };

    protected override MedicationDetails? Map(ref RowReader row)
    {
        var name = row.Text(Name) ?? "";
        return new MedicationDetails
        {
            Kind = SafetyVocabulary.KindOf(name),
            Name = name,
            StartDate = row.Date(Start),
            StopDate = row.Date(Stop),
            Dose = row.Text(Dose),
            Unit = row.Text(Unit),
            Frequency = row.Text(Frequency),
            Route = row.Text(Route),
        };
    }

    protected override Validated<ConcomitantMedication> Create(PatientId patientId, MedicationDetails details, DateOnly today) =>
        ConcomitantMedication.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(MedicationDetails details) => (details, Name, "every stored column");
}
