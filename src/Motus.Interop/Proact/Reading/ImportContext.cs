using System.Globalization;

namespace Motus.Interop.Proact.Reading;

/// <summary>State shared by the readers of one folder: options, errors, progress, subjects and the arms seen.</summary>
internal sealed class ImportContext(ProactImportOptions options, ErrorSink errors, ProgressTracker progress, CancellationToken ct)
{
    private readonly HashSet<string> _armSet = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _arms = [];

    public ProactImportOptions Options => options;
    public ErrorSink Errors => errors;
    public ProgressTracker Progress => progress;
    public CancellationToken CancellationToken => ct;
    public SubjectRegistry Subjects { get; } = new();

    /// <summary>Distinct arm codes in order of first appearance (case-insensitive; the first spelling wins).</summary>
    public IReadOnlyList<string> Arms => _arms;

    public void AddArm(string code)
    {
        if (_armSet.Add(code))
        {
            _arms.Add(code);
        }
    }

    /// <summary>The date <paramref name="delta"/> days from the anchor; false when it falls outside the calendar (years 1–9999).</summary>
    public bool TryDate(long delta, out DateOnly date)
    {
        var day = options.AnchorDate.DayNumber + delta;
        var ok = day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber;
        date = ok ? DateOnly.FromDayNumber((int)day) : default;
        return ok;
    }

    /// <summary>Days from the anchor to <paramref name="date"/>, as written in a delta column.</summary>
    public string DeltaText(DateOnly date) => (date.DayNumber - options.AnchorDate.DayNumber).ToString(CultureInfo.InvariantCulture);

    /// <summary>A domain value as the file would show it: dates in delta columns become days from the anchor.</summary>
    public string? FileValue(string? value, bool isDelta) =>
        isDelta && value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DeltaText(date)
            : value;
}
