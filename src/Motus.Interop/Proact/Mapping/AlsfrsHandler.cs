using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// ALSFRS: one rating per row. A row with any R_ item or an ALSFRS_R_Total is ALSFRS-R (its total is ALSFRS_R_Total),
/// otherwise original ALSFRS (its total is ALSFRS_Total). Q5b scored means gastrostomy, Q5a scored means none, both
/// scored leaves the flag unknown (and breaks ALSFRS-02). Items may be written <c>4</c> or <c>4.0</c>.
/// </summary>
internal sealed class AlsfrsHandler(ImportContext ctx) : RecordHandler<AlsfrsAssessment, AlsfrsDetails>(S, ctx)
{
    private const string ModeVocabulary = "Clinic, In clinic, In person, Phone, Telephone, Self (paper), Paper, Self (app), App, Online, Web, Unknown";
    private static readonly FormSchema S = ProactSchemas.Alsfrs;
    private static readonly int Delta = S.Col("ALSFRS_Delta");
    private static readonly int Q1 = S.Col("Q1_Speech");
    private static readonly int Q2 = S.Col("Q2_Salivation");
    private static readonly int Q3 = S.Col("Q3_Swallowing");
    private static readonly int Q4 = S.Col("Q4_Handwriting");
    private static readonly int Q5A = S.Col("Q5a_Cutting_without_Gastrostomy");
    private static readonly int Q5B = S.Col("Q5b_Cutting_with_Gastrostomy");
    private static readonly int Q6 = S.Col("Q6_Dressing_and_Hygiene");
    private static readonly int Q7 = S.Col("Q7_Turning_in_Bed");
    private static readonly int Q8 = S.Col("Q8_Walking");
    private static readonly int Q9 = S.Col("Q9_Climbing_Stairs");
    private static readonly int Q10 = S.Col("Q10_Respiratory");
    private static readonly int R1 = S.Col("R_1_Dyspnea");
    private static readonly int R2 = S.Col("R_2_Orthopnea");
    private static readonly int R3 = S.Col("R_3_Respiratory_Insufficiency");
    private static readonly int Total = S.Col("ALSFRS_Total");
    private static readonly int RTotal = S.Col("ALSFRS_R_Total");
    private static readonly int Mode = S.Col("Mode_of_Administration");
    private static readonly int RespondedBy = S.Col("ALSFRS_Responded_By");

    private static readonly Dictionary<string, int> FieldColumns = new(StringComparer.Ordinal)
    {
        [nameof(AlsfrsDetails.Date)] = Delta,
        [nameof(AlsfrsDetails.Q1Speech)] = Q1,
        [nameof(AlsfrsDetails.Q2Salivation)] = Q2,
        [nameof(AlsfrsDetails.Q3Swallowing)] = Q3,
        [nameof(AlsfrsDetails.Q4Handwriting)] = Q4,
        [nameof(AlsfrsDetails.Q5aCutting)] = Q5A,
        [nameof(AlsfrsDetails.Q5bCuttingGastrostomy)] = Q5B,
        [nameof(AlsfrsDetails.Gastrostomy)] = Q5B,
        [nameof(AlsfrsDetails.Q6Dressing)] = Q6,
        [nameof(AlsfrsDetails.Q7Turning)] = Q7,
        [nameof(AlsfrsDetails.Q8Walking)] = Q8,
        [nameof(AlsfrsDetails.Q9Stairs)] = Q9,
        [nameof(AlsfrsDetails.Q10Respiratory)] = Q10,
        [nameof(AlsfrsDetails.R1Dyspnea)] = R1,
        [nameof(AlsfrsDetails.R2Orthopnea)] = R2,
        [nameof(AlsfrsDetails.R3RespiratoryInsufficiency)] = R3,
        [nameof(AlsfrsDetails.Mode)] = Mode,
        [nameof(AlsfrsDetails.Respondent)] = RespondedBy,
    };

    protected override string Kind => nameof(AlsfrsAssessment);

    public override string? ColumnOf(string field, IRecordDetails details)
    {
        if (field == nameof(AlsfrsDetails.RecordedTotal))
        {
            return S.Columns[((AlsfrsDetails)details).Scale == AlsfrsScale.AlsfrsR ? RTotal : Total];
        }

        return FieldColumns.TryGetValue(field, out var col) ? S.Columns[col] : null;
    }

    protected override AlsfrsDetails? Map(ref RowReader row)
    {
        var date = row.RequiredDate(Delta);
        int? q5a = row.Integral(Q5A), q5b = row.Integral(Q5B), r1 = row.Integral(R1), r2 = row.Integral(R2), r3 = row.Integral(R3);
        int? total = row.Integral(Total), rTotal = row.Integral(RTotal);
        var revised = r1 is not null || r2 is not null || r3 is not null || rTotal is not null;
        var details = new AlsfrsDetails
        {
            Date = date.GetValueOrDefault(),
            Scale = revised ? AlsfrsScale.AlsfrsR : AlsfrsScale.Alsfrs,
            Q1Speech = row.Integral(Q1),
            Q2Salivation = row.Integral(Q2),
            Q3Swallowing = row.Integral(Q3),
            Q4Handwriting = row.Integral(Q4),
            Q5aCutting = q5a,
            Q5bCuttingGastrostomy = q5b,
            Q6Dressing = row.Integral(Q6),
            Q7Turning = row.Integral(Q7),
            Q8Walking = row.Integral(Q8),
            Q9Stairs = row.Integral(Q9),
            Q10Respiratory = row.Integral(Q10),
            R1Dyspnea = r1,
            R2Orthopnea = r2,
            R3RespiratoryInsufficiency = r3,
            Gastrostomy = (q5a, q5b) switch
            {
                (null, not null) => true,
                (not null, null) => false,
                _ => null,
            },
            RecordedTotal = revised ? rTotal : total,
            Mode = row.Code<AdministrationMode>(Mode, AlsfrsVocabulary.TryParseMode, ModeVocabulary) ?? AdministrationMode.Unknown,
            Respondent = row.Code<Respondent>(RespondedBy, AlsfrsVocabulary.TryParseRespondent, "Patient, Subject, Caregiver, Carer, Unknown") ?? Respondent.Unknown,
        };
        return date is null ? null : details;
    }

    protected override Validated<AlsfrsAssessment> Create(PatientId patientId, AlsfrsDetails details, DateOnly today) =>
        AlsfrsAssessment.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(AlsfrsDetails details) => (details.Date, Delta, "ALSFRS_Delta");
}
