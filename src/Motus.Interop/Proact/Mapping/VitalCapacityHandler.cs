using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// FVC and SVC: one test per row, up to three trials in litres and in percent of predicted; subject_normal is the
/// predicted volume in litres. The *_Units column is not stored (the trial columns carry their unit in their name).
/// </summary>
internal sealed class VitalCapacityHandler : RecordHandler<VitalCapacityTest, VitalCapacityDetails>
{
    private static readonly string[] PercentColumns = ["pct_of_Normal_Trial_1", "pct_of_Normal_Trial_2", "pct_of_Normal_Trial_3"];
    private readonly VitalCapacityKind _kind;
    private readonly int _delta;
    private readonly int[] _litres;
    private readonly int[] _percent;
    private readonly int _predicted;
    private readonly Dictionary<string, int> _fields;

    private VitalCapacityHandler(FormSchema schema, ImportContext ctx, VitalCapacityKind kind, string delta, string[] litres, string predicted)
        : base(schema, ctx)
    {
        _kind = kind;
        _delta = schema.Col(delta);
        _litres = litres.Select(schema.Col).ToArray();
        _percent = PercentColumns.Select(schema.Col).ToArray();
        _predicted = schema.Col(predicted);
        _fields = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [nameof(VitalCapacityDetails.Date)] = _delta,
            [nameof(VitalCapacityDetails.Trial1Litres)] = _litres[0],
            [nameof(VitalCapacityDetails.Trial2Litres)] = _litres[1],
            [nameof(VitalCapacityDetails.Trial3Litres)] = _litres[2],
            [nameof(VitalCapacityDetails.Trial1Percent)] = _percent[0],
            [nameof(VitalCapacityDetails.Trial2Percent)] = _percent[1],
            [nameof(VitalCapacityDetails.Trial3Percent)] = _percent[2],
            [nameof(VitalCapacityDetails.PredictedLitres)] = _predicted,
        };
    }

    protected override string Kind => nameof(VitalCapacityTest);

    public static VitalCapacityHandler Forced(ImportContext ctx) => new(ProactSchemas.Fvc, ctx, VitalCapacityKind.Forced, "Forced_Vital_Capacity_Delta",
        ["Subject_Liters_Trial_1", "Subject_Liters_Trial_2", "Subject_Liters_Trial_3"], "subject_normal");

    public static VitalCapacityHandler Slow(ImportContext ctx) => new(ProactSchemas.Svc, ctx, VitalCapacityKind.Slow, "Slow_vital_Capacity_Delta",
        ["Subject_Liters_Trial_1", "Subject_Liters__Trial_2_", "Subject_Liters__Trial_3_"], "Subject_Normal");

    public override string? ColumnOf(string field, IRecordDetails details) =>
        _fields.TryGetValue(field, out var col) ? Schema.Columns[col] : null;

    protected override VitalCapacityDetails? Map(ref RowReader row)
    {
        var date = row.RequiredDate(_delta);
        var details = new VitalCapacityDetails
        {
            Date = date.GetValueOrDefault(),
            Kind = _kind,
            Trial1Litres = row.Number(_litres[0]),
            Trial2Litres = row.Number(_litres[1]),
            Trial3Litres = row.Number(_litres[2]),
            Trial1Percent = row.Number(_percent[0]),
            Trial2Percent = row.Number(_percent[1]),
            Trial3Percent = row.Number(_percent[2]),
            PredictedLitres = row.Number(_predicted),
        };
        return date is null ? null : details;
    }

    protected override Validated<VitalCapacityTest> Create(PatientId patientId, VitalCapacityDetails details, DateOnly today) =>
        VitalCapacityTest.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(VitalCapacityDetails details) =>
        (details.Date, _delta, Schema.Columns[_delta]);
}
