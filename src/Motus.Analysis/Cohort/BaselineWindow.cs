namespace Motus.Analysis.Cohort;

/// <summary>
/// Where a baseline ALSFRS-R rating may lie around the origin: from <see cref="DaysBefore"/> days before to
/// <see cref="DaysAfter"/> days after (both included). Among the ratings in the window the one closest to the origin
/// is the baseline; of two equally close, the earlier.
/// </summary>
/// <param name="DaysBefore">Days allowed before the origin (≥ 0); default 30 (a screening period).</param>
/// <param name="DaysAfter">Days allowed after the origin (≥ 0); default 7 (a baseline visit window).</param>
public sealed record BaselineWindow(int DaysBefore = 30, int DaysAfter = 7)
{
    /// <summary>30 days before to 7 days after the origin. A Motus choice, not a published convention.</summary>
    public static BaselineWindow Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a negative bound.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(DaysBefore, nameof(DaysBefore));
        ArgumentOutOfRangeException.ThrowIfNegative(DaysAfter, nameof(DaysAfter));
    }
}
