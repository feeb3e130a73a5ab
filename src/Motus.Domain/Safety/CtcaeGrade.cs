namespace Motus.Domain.Safety;

/// <summary>
/// CTCAE v5 severity grade: 1 mild, 2 moderate, 3 severe or medically significant, 4 life-threatening,
/// 5 death related to the adverse event.
/// </summary>
public readonly record struct CtcaeGrade
{
    private CtcaeGrade(int value) => Value = value;

    /// <summary>The grade, 1–5.</summary>
    public int Value { get; }

    /// <summary>Grade 5: death related to the event.</summary>
    public bool IsFatal => Value == 5;

    /// <summary>The grade <paramref name="value"/>; throws when outside 1–5 (rule AE-01).</summary>
    public static CtcaeGrade From(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5);
        return new CtcaeGrade(value);
    }

    /// <summary>Parses a grade without throwing; false when outside 1–5.</summary>
    public static bool TryCreate(int value, out CtcaeGrade grade)
    {
        grade = value is >= 1 and <= 5 ? new CtcaeGrade(value) : default;
        return value is >= 1 and <= 5;
    }

    /// <inheritdoc />
    public override string ToString() => $"Grade {Value}";
}
