using Motus.Statistics.Common;

namespace Motus.Statistics.Survival;

/// <summary>
/// Validated survival outcome data, the counterpart of R's <c>Surv</c> object: right-censored
/// <c>Surv(time, status)</c> or counting-process / left-truncated <c>Surv(start, stop, event)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Times are in any unit (days, months); every method reports times in the unit given. Status is 1 for an event
/// (death, tracheostomy, …) and 0 for censoring. In counting-process form a row is at risk on the interval
/// (entry, exit]: at an event time <c>t</c> the risk set is every row with <c>entry &lt; t ≤ exit</c>, which handles
/// delayed entry (left truncation, e.g. time from onset with entry at enrolment) and time-varying covariates
/// (several rows per subject).
/// </para>
/// <para>
/// Unlike R's <c>coxph</c>/<c>survdiff</c>, times are used exactly as given: R's <c>timefix</c> (<c>aeqSurv</c>), which
/// merges times that differ by less than about 1e-8 relative, is not applied. Round computed times before passing
/// them if they should tie.
/// </para>
/// The arrays are copied, so later changes by the caller do not affect the data.
/// </remarks>
public sealed class SurvivalData
{
    private readonly double[]? _entry;
    private readonly double[] _exit;
    private readonly bool[] _event;

    private SurvivalData(double[]? entry, double[] exit, bool[] evt, int events)
    {
        _entry = entry;
        _exit = exit;
        _event = evt;
        EventCount = events;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _exit.Length;

    /// <summary>Number of rows with an event (status 1).</summary>
    public int EventCount { get; }

    /// <summary>True for counting-process data (entry times given), false for right-censored data.</summary>
    public bool IsCountingProcess => _entry is not null;

    /// <summary>Entry (start) times; empty for right-censored data.</summary>
    public ReadOnlySpan<double> Entry => _entry;

    /// <summary>Exit (stop) times: event or censoring times.</summary>
    public ReadOnlySpan<double> Exit => _exit;

    /// <summary>Event indicators (true = event, false = censored).</summary>
    public ReadOnlySpan<bool> Event => _event;

    internal double[]? EntryArray => _entry;

    internal double[] ExitArray => _exit;

    internal bool[] EventArray => _event;

    /// <summary>
    /// Right-censored data. R: <c>Surv(time, status)</c>.
    /// </summary>
    /// <param name="time">Follow-up time for each subject: the event or censoring time. Finite.</param>
    /// <param name="status">1 = event, 0 = censored.</param>
    /// <exception cref="StatisticsInputException">Empty input, mismatched lengths, a non-finite time or a status other than 0/1.</exception>
    public static SurvivalData RightCensored(ReadOnlySpan<double> time, ReadOnlySpan<int> status)
    {
        Validate(default, time, status, counting: false);
        var evt = ToEvents(status, out var events);
        return new SurvivalData(null, time.ToArray(), evt, events);
    }

    /// <summary>
    /// Counting-process data with intervals (entry, exit]; use for delayed entry (left truncation) and for
    /// time-varying covariates. R: <c>Surv(start, stop, event)</c>.
    /// </summary>
    /// <param name="entry">Start of each at-risk interval (exclusive). Finite.</param>
    /// <param name="exit">End of each interval (inclusive): the event or censoring time. Must exceed <paramref name="entry"/>.</param>
    /// <param name="status">1 = event at <paramref name="exit"/>, 0 = censored.</param>
    /// <exception cref="StatisticsInputException">
    /// Empty input, mismatched lengths, a non-finite time, <c>exit ≤ entry</c> (R's <c>Surv</c> turns those rows into NA
    /// with a warning; here it is an error), or a status other than 0/1.
    /// </exception>
    public static SurvivalData CountingProcess(ReadOnlySpan<double> entry, ReadOnlySpan<double> exit, ReadOnlySpan<int> status)
    {
        Validate(entry, exit, status, counting: true);
        var evt = ToEvents(status, out var events);
        return new SurvivalData(entry.ToArray(), exit.ToArray(), evt, events);
    }

    private static void Validate(ReadOnlySpan<double> entry, ReadOnlySpan<double> exit, ReadOnlySpan<int> status, bool counting)
    {
        var timeName = counting ? "exit" : "time";
        if (exit.Length == 0)
        {
            throw new StatisticsInputException($"{timeName} is empty: survival data need at least one row.", timeName);
        }

        if (counting)
        {
            Guard.SameLength(("entry", entry.Length), ("exit", exit.Length), ("status", status.Length));
            Guard.Finite(entry, "entry");
        }
        else
        {
            Guard.SameLength(("time", exit.Length), ("status", status.Length));
        }

        Guard.Finite(exit, timeName);
        for (var i = 0; i < status.Length; i++)
        {
            if (status[i] is not (0 or 1))
            {
                throw new StatisticsInputException($"status[{i}] = {status[i]}: must be 1 (event) or 0 (censored).", nameof(status));
            }

            if (counting && !(exit[i] > entry[i]))
            {
                throw new StatisticsInputException(
                    $"exit[{i}] = {exit[i]} is not after entry[{i}] = {entry[i]}: each interval (entry, exit] must have exit > entry.", nameof(exit));
            }
        }
    }

    private static bool[] ToEvents(ReadOnlySpan<int> status, out int events)
    {
        var evt = new bool[status.Length];
        events = 0;
        for (var i = 0; i < status.Length; i++)
        {
            evt[i] = status[i] == 1;
            if (evt[i])
            {
                events++;
            }
        }

        return evt;
    }
}
