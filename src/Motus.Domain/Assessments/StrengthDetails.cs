using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>How strength was measured.</summary>
public enum StrengthMethod
{
    /// <summary>Manual muscle testing, MRC grade 0–5 (fractional grades such as 4.5 for "4+" allowed).</summary>
    Mrc = 1,
    /// <summary>Hand-held dynamometry, force in newtons.</summary>
    HandHeldDynamometry = 2,
}

/// <summary>Side of the body.</summary>
public enum BodySide
{
    /// <summary>Not applicable or not recorded (e.g. neck flexion).</summary>
    None = 0,
    /// <summary>Left.</summary>
    Left = 1,
    /// <summary>Right.</summary>
    Right = 2,
}

/// <summary>One strength measurement of one muscle group on one side.</summary>
public sealed record StrengthDetails : IRecordDetails
{
    /// <summary>Date of the measurement.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>MRC or dynamometry.</summary>
    public StrengthMethod Method { get; init; } = StrengthMethod.Mrc;
    /// <summary>Muscle group as named by the protocol (e.g. <c>Shoulder abduction</c>).</summary>
    public required string MuscleGroup { get; init; }
    /// <summary>Side.</summary>
    public BodySide Side { get; init; }
    /// <summary>MRC grade 0–5 (STR-01) or force in newtons (STR-02).</summary>
    public required double Value { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Method, nameof(Method));
        v.Defined(Side, nameof(Side));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.RequiredText(MuscleGroup, nameof(MuscleGroup), 100);
        if (Method == StrengthMethod.Mrc)
        {
            v.When(!(Value >= 0 && Value <= 5), DomainRules.MrcGradeRange, nameof(Value), Value);
        }
        else
        {
            v.When(!(Value > 0 && Value <= 1000), DomainRules.HhdForceRange, nameof(Value), Value);
        }

        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }
}
