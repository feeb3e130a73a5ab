using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>Weight and height as entered, in kg and cm (rules VS-01 to VS-03).</summary>
public sealed class VitalSignsInput : IRecordInput<VitalSignsDetails>
{
    /// <summary>Date of measurement.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>Weight (kg).</summary>
    public double? WeightKg { get; set; }
    /// <summary>Height (cm).</summary>
    public double? HeightCm { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static VitalSignsInput From(VitalSignsDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new VitalSignsInput { Date = d.Date, WeightKg = d.WeightKg, HeightCm = d.HeightCm };
    }

    /// <inheritdoc />
    public VitalSignsDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var date = InputRules.Required(Date, nameof(Date), "The date", errors);
        return date is null ? null : new VitalSignsDetails { Date = date.Value, WeightKg = WeightKg, HeightCm = HeightCm };
    }
}
