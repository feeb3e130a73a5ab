using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>A biomarker or laboratory result as entered (rule BIO-01).</summary>
public sealed class BiomarkerInput : IRecordInput<BiomarkerDetails>
{
    /// <summary>Sample date.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>Analyte (e.g. NfL).</summary>
    public string? Analyte { get; set; }
    /// <summary>Matrix (CSF, serum…).</summary>
    public BiomarkerMatrix Matrix { get; set; }
    /// <summary>Value.</summary>
    public double? Value { get; set; }
    /// <summary>Unit (e.g. pg/mL).</summary>
    public string? Unit { get; set; }
    /// <summary>Assay or platform.</summary>
    public string? Assay { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static BiomarkerInput From(BiomarkerDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new BiomarkerInput { Date = d.Date, Analyte = d.Analyte, Matrix = d.Matrix, Value = d.Value, Unit = d.Unit, Assay = d.Assay };
    }

    /// <inheritdoc />
    public BiomarkerDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var date = InputRules.Required(Date, nameof(Date), "The sample date", errors);
        var analyte = InputRules.RequiredText(Analyte, nameof(Analyte), "The analyte", errors);
        var value = InputRules.Required(Value, nameof(Value), "The value", errors);
        var unit = InputRules.RequiredText(Unit, nameof(Unit), "The unit", errors);
        return errors.Count > count ? null : new BiomarkerDetails
        {
            Date = date!.Value,
            Analyte = analyte!,
            Matrix = Matrix,
            Value = value!.Value,
            Unit = unit!,
            Assay = InputRules.Text(Assay),
        };
    }
}
