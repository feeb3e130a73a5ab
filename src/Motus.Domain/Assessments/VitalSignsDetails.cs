using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>Weight and height, stored in kilograms and centimetres (imports convert pounds and inches).</summary>
public sealed record VitalSignsDetails : IRecordDetails
{
    /// <summary>Date of measurement.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Weight in kg (VS-01).</summary>
    public double? WeightKg { get; init; }
    /// <summary>Height in cm (VS-02).</summary>
    public double? HeightCm { get; init; }

    /// <summary>Body-mass index (kg/m²) when both are known.</summary>
    public double? Bmi => WeightKg is { } w && HeightCm is { } h ? w / (h / 100 * (h / 100)) : null;

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.When(WeightKg is { } w && !(w >= 20 && w <= 350), DomainRules.WeightRange, nameof(WeightKg), WeightKg);
        v.When(HeightCm is { } h && !(h >= 100 && h <= 250), DomainRules.HeightRange, nameof(HeightCm), HeightCm);
        v.When(WeightKg is null && HeightCm is null, DomainRules.VitalSignsNotEmpty, nameof(WeightKg), null);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }
}
