namespace Motus.Domain.Common;

/// <summary>
/// A day counted from a study's reference date (day 0), as PRO-ACT's <c>*_Delta</c> columns count days from trial
/// onset. Negative days lie before the reference date.
/// </summary>
/// <param name="Value">Days from the reference date.</param>
public readonly record struct StudyDay(int Value)
{
    /// <summary>The calendar date of this day, given the reference date (day 0).</summary>
    public DateOnly ToDate(DateOnly dayZero) => dayZero.AddDays(Value);

    /// <summary>The study day of <paramref name="date"/>, given the reference date (day 0).</summary>
    public static StudyDay Between(DateOnly dayZero, DateOnly date) => new(date.DayNumber - dayZero.DayNumber);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
