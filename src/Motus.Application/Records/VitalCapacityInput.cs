using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>A vital-capacity test as entered: up to three trials in litres and % predicted (rules VC-01 to VC-03).</summary>
public sealed class VitalCapacityInput : IRecordInput<VitalCapacityDetails>
{
    /// <summary>Date of the test.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>FVC or SVC.</summary>
    public VitalCapacityKind Kind { get; set; } = VitalCapacityKind.Forced;
    /// <summary>Trial 1 (L).</summary>
    public double? Trial1Litres { get; set; }
    /// <summary>Trial 2 (L).</summary>
    public double? Trial2Litres { get; set; }
    /// <summary>Trial 3 (L).</summary>
    public double? Trial3Litres { get; set; }
    /// <summary>Trial 1 (% predicted).</summary>
    public double? Trial1Percent { get; set; }
    /// <summary>Trial 2 (% predicted).</summary>
    public double? Trial2Percent { get; set; }
    /// <summary>Trial 3 (% predicted).</summary>
    public double? Trial3Percent { get; set; }
    /// <summary>Predicted normal volume (L).</summary>
    public double? PredictedLitres { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static VitalCapacityInput From(VitalCapacityDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new VitalCapacityInput
        {
            Date = d.Date,
            Kind = d.Kind,
            Trial1Litres = d.Trial1Litres,
            Trial2Litres = d.Trial2Litres,
            Trial3Litres = d.Trial3Litres,
            Trial1Percent = d.Trial1Percent,
            Trial2Percent = d.Trial2Percent,
            Trial3Percent = d.Trial3Percent,
            PredictedLitres = d.PredictedLitres,
        };
    }

    /// <inheritdoc />
    public VitalCapacityDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var date = InputRules.Required(Date, nameof(Date), "The date of the test", errors);
        return date is null ? null : new VitalCapacityDetails
        {
            Date = date.Value,
            Kind = Kind,
            Trial1Litres = Trial1Litres,
            Trial2Litres = Trial2Litres,
            Trial3Litres = Trial3Litres,
            Trial1Percent = Trial1Percent,
            Trial2Percent = Trial2Percent,
            Trial3Percent = Trial3Percent,
            PredictedLitres = PredictedLitres,
        };
    }
}
