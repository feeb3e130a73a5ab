using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// Vital signs: weight and height, converted to kilograms (pounds × 0.45359237) and centimetres (inches × 2.54).
/// A weight or height needs its unit. Blood pressure, pulse, respiratory rate, temperature and the
/// baseline/endpoint columns are not stored.
/// </summary>
internal sealed class VitalSignsHandler(ImportContext ctx) : RecordHandler<VitalSigns, VitalSignsDetails>(S, ctx)
{
    private static readonly FormSchema S = ProactSchemas.VitalSigns;
    private static readonly int Delta = S.Col("Vital_Signs_Delta");
    private static readonly int Weight = S.Col("Weight");
    private static readonly int WeightUnits = S.Col("Weight_Units");
    private static readonly int Height = S.Col("Height");
    private static readonly int HeightUnits = S.Col("Height_Units");

    protected override string Kind => nameof(VitalSigns);

    public override string? ColumnOf(string field, IRecordDetails details) => field switch
    {
        nameof(VitalSignsDetails.Date) => S.Columns[Delta],
        nameof(VitalSignsDetails.WeightKg) => S.Columns[Weight],
        nameof(VitalSignsDetails.HeightCm) => S.Columns[Height],
        _ => null,
    };

    protected override VitalSignsDetails? Map(ref RowReader row)
    {
        var date = row.RequiredDate(Delta);
        var weight = Measure(ref row, Weight, WeightUnits, UnitVocabulary.TryParseWeightUnit, "kg, kilograms, lb, lbs, pounds");
        var height = Measure(ref row, Height, HeightUnits, UnitVocabulary.TryParseHeightUnit, "cm, centimeters, in, inches");
        return date is null ? null : new VitalSignsDetails { Date = date.Value, WeightKg = weight, HeightCm = height };
    }

    protected override Validated<VitalSigns> Create(PatientId patientId, VitalSignsDetails details, DateOnly today) =>
        VitalSigns.Create(patientId, details, today);

    protected override (object Key, int Column, string What) KeyOf(VitalSignsDetails details) => (details.Date, Delta, "Vital_Signs_Delta");

    private static double? Measure(ref RowReader row, int valueCol, int unitCol, SpanParser<double> unit, string accepted)
    {
        var value = row.Number(valueCol);
        var factor = row.Code<double>(unitCol, unit, accepted);
        if (value is null)
        {
            return null;
        }

        if (factor is null && !row.Has(unitCol))
        {
            row.Error(unitCol, ImportRuleIds.Required, $"is required when {row.Schema.Columns[valueCol]} is given");
        }

        // Pounds and inches are converted; kilograms and centimetres are kept exactly as written.
        return factor is 1.0 ? value : value * factor;
    }
}
