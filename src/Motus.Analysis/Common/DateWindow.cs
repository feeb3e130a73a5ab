namespace Motus.Analysis.Common;

/// <summary>
/// A closed range of calendar dates, both ends included: a visit on <see cref="From"/> or on <see cref="To"/> is in the
/// window. Used to choose the visits of a slope (lead-in, follow-up, a study period).
/// </summary>
public sealed record DateWindow
{
    /// <summary>A window from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">First date in the window.</param>
    /// <param name="to">Last date in the window; not before <paramref name="from"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public DateWindow(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>Every date: the window of "all visits".</summary>
    public static DateWindow All { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>First date in the window (included).</summary>
    public DateOnly From { get; }

    /// <summary>Last date in the window (included).</summary>
    public DateOnly To { get; }

    /// <summary>True when <paramref name="date"/> lies in the window, ends included.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The window as <c>yyyy-MM-dd to yyyy-MM-dd</c>, or <c>all dates</c>.</summary>
    public override string ToString() => this == All ? "all dates" : $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
