using System.Globalization;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// State of the read of one folder: options, errors, progress, subjects and the arms seen. Work done in parallel (a
/// record form, a part of the cross-record checks) gets its own context (<see cref="Branch"/>): it shares the options,
/// progress and the (by then complete) subjects, and keeps its own errors, orphans and records until <see cref="Absorb"/>.
/// </summary>
internal sealed class ImportContext
{
    private readonly HashSet<string> _armSet = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _arms = [];
    private readonly List<(SubjectData Subject, ImportedRecord Record)> _records = [];

    public ImportContext(ProactImportOptions options, ErrorSink errors, ProgressTracker progress, CancellationToken ct)
        : this(options, errors, progress, new SubjectRegistry(), ct)
    {
    }

    private ImportContext(ProactImportOptions options, ErrorSink errors, ProgressTracker progress, SubjectRegistry subjects, CancellationToken ct)
    {
        Options = options;
        Errors = errors;
        Progress = progress;
        CancellationToken = ct;
        Subjects = subjects;
    }

    public ProactImportOptions Options { get; }
    public ErrorSink Errors { get; }
    public ProgressTracker Progress { get; }
    public CancellationToken CancellationToken { get; }
    public SubjectRegistry Subjects { get; }

    /// <summary>Subjects of the file being read that are not in Demographics.</summary>
    public OrphanLog Orphans { get; } = new();

    /// <summary>A context for one part of parallel work: the same options, progress and subjects; its own errors and records.</summary>
    public ImportContext Branch() => new(Options, new ErrorSink(ProactReader.MaxErrors), Progress, Subjects, CancellationToken);

    /// <summary>Keeps a record read for <paramref name="subject"/> until <see cref="Absorb"/> hands it to the subject.</summary>
    public void AddRecord(SubjectData subject, ImportedRecord record) => _records.Add((subject, record));

    /// <summary>
    /// Takes over what a branch (<see cref="Branch"/>) collected: its errors after this context's, and its records
    /// appended to their subjects, in the order they were read. Absorbing the branches in order (forms in file order,
    /// patients in Demographics order) gives exactly what doing their work one after the other here would.
    /// </summary>
    public void Absorb(ImportContext form)
    {
        Errors.AddAll(form.Errors);
        foreach (var (subject, record) in form._records)
        {
            subject.Records.Add(record);
        }

        form._records.Clear();
    }

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
        var day = Options.AnchorDate.DayNumber + delta;
        var ok = day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber;
        date = ok ? DateOnly.FromDayNumber((int)day) : default;
        return ok;
    }

    /// <summary>Days from the anchor to <paramref name="date"/>, as written in a delta column.</summary>
    public string DeltaText(DateOnly date) => (date.DayNumber - Options.AnchorDate.DayNumber).ToString(CultureInfo.InvariantCulture);

    /// <summary>A domain value as the file would show it: dates in delta columns become days from the anchor.</summary>
    public string? FileValue(string? value, bool isDelta) =>
        isDelta && value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DeltaText(date)
            : value;
}
