using Motus.Domain.Medications;

namespace Motus.Application.Records;

/// <summary>A concomitant medication as entered (rule MED-01).</summary>
public sealed class MedicationInput : IRecordInput<MedicationDetails>
{
    /// <summary>Kind (disease-modifying drugs by name, else Other).</summary>
    public MedicationKind Kind { get; set; }
    /// <summary>Name as recorded.</summary>
    public string? Name { get; set; }
    /// <summary>Start date.</summary>
    public DateOnly? StartDate { get; set; }
    /// <summary>Stop date.</summary>
    public DateOnly? StopDate { get; set; }
    /// <summary>Dose.</summary>
    public string? Dose { get; set; }
    /// <summary>Dose unit.</summary>
    public string? Unit { get; set; }
    /// <summary>Frequency.</summary>
    public string? Frequency { get; set; }
    /// <summary>Route.</summary>
    public string? Route { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static MedicationInput From(MedicationDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new MedicationInput
        {
            Kind = d.Kind,
            Name = d.Name,
            StartDate = d.StartDate,
            StopDate = d.StopDate,
            Dose = d.Dose,
            Unit = d.Unit,
            Frequency = d.Frequency,
            Route = d.Route,
        };
    }

    /// <inheritdoc />
    public MedicationDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var name = InputRules.RequiredText(Name, nameof(Name), "The medication's name", errors);
        return name is null ? null : new MedicationDetails
        {
            Kind = Kind,
            Name = name,
            StartDate = StartDate,
            StopDate = StopDate,
            Dose = InputRules.Text(Dose),
            Unit = InputRules.Text(Unit),
            Frequency = InputRules.Text(Frequency),
            Route = InputRules.Text(Route),
        };
    }
}
