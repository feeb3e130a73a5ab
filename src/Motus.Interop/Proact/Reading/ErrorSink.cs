using System.Globalization;

namespace Motus.Interop.Proact.Reading;

/// <summary>Collects every error of a read, up to a limit; past it, errors are only counted.</summary>
internal sealed class ErrorSink(int limit)
{
    private readonly List<ImportError> _errors = [];
    private long _dropped;

    /// <summary>Errors found so far, kept or dropped.</summary>
    public long Count => _errors.Count + _dropped;

    public void Add(ImportError error)
    {
        if (_errors.Count < limit)
        {
            _errors.Add(error);
        }
        else
        {
            _dropped++;
        }
    }

    public void Add(string file, int line, string? column, string? value, string ruleId, string message) =>
        Add(new ImportError(file, line, column, value, ruleId, message));

    /// <summary>
    /// Adds <paramref name="other"/>'s errors after this sink's, as if they had been added here in the same order:
    /// kept ones up to this sink's limit, the rest (and those <paramref name="other"/> dropped) counted.
    /// </summary>
    public void AddAll(ErrorSink other)
    {
        foreach (var error in other._errors)
        {
            Add(error);
        }

        _dropped += other._dropped;
    }

    /// <summary>The errors ordered by file, then line (stable otherwise), and a final entry counting those dropped.</summary>
    public IReadOnlyList<ImportError> ToList()
    {
        var ordered = _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        if (_dropped > 0)
        {
            ordered.Add(new ImportError("", 0, null, _dropped.ToString(CultureInfo.InvariantCulture), ImportRuleIds.TooManyErrors,
                $"… {_dropped} more errors not listed (only the first {limit} are kept)."));
        }

        return ordered;
    }
}
