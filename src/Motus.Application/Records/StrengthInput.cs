using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>
/// One strength measurement as entered: one muscle group on one side, by MRC manual muscle testing (grade 0–5) or by
/// hand-held dynamometry (force in newtons). The method and the side are required rather than defaulted, because the
/// same number means a grade under one method and a force under the other (rules STR-01 and STR-02 check the value
/// against the method chosen).
/// </summary>
public sealed class StrengthInput : IRecordInput<StrengthDetails>
{
    /// <summary>Date of the measurement.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>MRC grade or hand-held dynamometry; required.</summary>
    public StrengthMethod? Method { get; set; }
    /// <summary>Muscle group as named by the protocol (e.g. <c>Shoulder abduction</c>), at most 100 characters.</summary>
    public string? MuscleGroup { get; set; }
    /// <summary>Side; required (<see cref="BodySide.None"/> for a midline group such as neck flexion, or when not recorded).</summary>
    public BodySide? Side { get; set; }
    /// <summary>MRC grade 0–5 (fractions such as 4.5 allowed) or force in newtons (more than 0, at most 1000).</summary>
    public double? Value { get; set; }

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static StrengthInput From(StrengthDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new StrengthInput { Date = d.Date, Method = d.Method, MuscleGroup = d.MuscleGroup, Side = d.Side, Value = d.Value };
    }

    /// <inheritdoc />
    public StrengthDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var date = InputRules.Required(Date, nameof(Date), "The date of the measurement", errors);
        var method = InputRules.Required(Method, nameof(Method), "The method (MRC grade or hand-held dynamometry)", errors);
        var muscle = InputRules.RequiredText(MuscleGroup, nameof(MuscleGroup), "The muscle group", errors);
        var side = InputRules.Required(Side, nameof(Side), "The side (left, right, or none for a midline muscle group)", errors);
        var value = InputRules.Required(Value, nameof(Value), Method == StrengthMethod.HandHeldDynamometry ? "The force (N)" : "The MRC grade", errors);
        return errors.Count > count ? null : new StrengthDetails
        {
            Date = date!.Value,
            Method = method!.Value,
            MuscleGroup = muscle!,
            Side = side!.Value,
            Value = value!.Value,
        };
    }
}
