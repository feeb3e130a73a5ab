namespace Motus.Interop.Proact.Schema;

/// <summary>
/// One PRO-ACT form: its file names, its columns in the order Motus writes them, which of them a file must have,
/// and which hold day counts ("deltas"). Column names are matched case-insensitively when reading.
/// </summary>
internal sealed class FormSchema
{
    private readonly Dictionary<string, int> _index;
    private readonly HashSet<string> _deltas;

    public FormSchema(ProactForm form, string formName, string legacyFileName, string[] columns, string[] required, string[] deltas)
    {
        Form = form;
        FileName = $"PROACT_{formName}.csv";
        FormName = formName;
        LegacyFileName = legacyFileName;
        Columns = columns;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            _index.Add(columns[i], i);
        }

        Required = required.Select(IndexOf).ToArray();
        _deltas = new HashSet<string>(deltas, StringComparer.OrdinalIgnoreCase);
        if (Required.Contains(-1) || deltas.Any(d => !_index.ContainsKey(d)))
        {
            throw new ArgumentException($"Schema {formName} names a column it does not define.", nameof(required));
        }
    }

    /// <summary>The form.</summary>
    public ProactForm Form { get; }

    /// <summary>The form's name in <c>PROACT_&lt;FORM&gt;.csv</c>, e.g. <c>ALSFRS</c>.</summary>
    public string FormName { get; }

    /// <summary>The file name Motus writes: <c>PROACT_&lt;FORM&gt;.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>The file name of the 2016 release, e.g. <c>alsfrs.csv</c>.</summary>
    public string LegacyFileName { get; }

    /// <summary>Every column, in the order written; index 0 is always <c>subject_id</c>.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Indices of the columns a file must have.</summary>
    public IReadOnlyList<int> Required { get; }

    /// <summary>The index of <paramref name="column"/> (case-insensitive), or −1.</summary>
    public int IndexOf(string column) => _index.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The index of a column the code relies on; throws when the schema lacks it (a programming error).</summary>
    public int Col(string column) => IndexOf(column) is >= 0 and var i ? i : throw new ArgumentException($"{FormName} has no column {column}.", nameof(column));

    /// <summary>The index of <paramref name="column"/> (case-insensitive), or −1.</summary>
    public int IndexOf(ReadOnlySpan<char> column) =>
        _index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(column, out var i) ? i : -1;

    /// <summary>True when <paramref name="column"/> holds days from trial onset.</summary>
    public bool IsDelta(string? column) => column is not null && _deltas.Contains(column);

    /// <summary>True when <paramref name="fileName"/> names this form in either naming scheme (case-insensitive).</summary>
    public bool Matches(string fileName) =>
        string.Equals(fileName, FileName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(fileName, "F_" + FileName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(fileName, LegacyFileName, StringComparison.OrdinalIgnoreCase);
}
