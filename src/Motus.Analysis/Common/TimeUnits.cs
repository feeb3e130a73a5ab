namespace Motus.Analysis.Common;
/// <summary>Time conversions used by every ALS analysis.</summary>
public static class TimeUnits
{
    /// <summary>Days per month: 365.25 / 12 = 30.4375, the convention of ALS progression studies.</summary>
    public const double DaysPerMonth = 30.4375;
    /// <summary>Months between two dates (b − a), in units of <see cref="DaysPerMonth"/> days.</summary>
    public static double MonthsBetween(DateOnly a, DateOnly b) => (b.DayNumber - a.DayNumber) / DaysPerMonth;
}
