using System.Globalization;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// The Demographics subjects by code, looked up without allocating, and the subjects of the file being read that
/// are not among them (orphans), each with the first line it appears on.
/// </summary>
internal sealed class SubjectRegistry
{
    private readonly Dictionary<string, SubjectData> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubjectData> _byCodeIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SubjectData> _ordered = [];
    private readonly Dictionary<string, int> _orphans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubjectData>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SubjectRegistry() => _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True once Demographics was read, so that a subject missing from it is an orphan rather than a consequence of a Demographics error.</summary>
    public bool IsComplete { get; set; }

    public IReadOnlyList<SubjectData> All => _ordered;

    /// <summary>The subject whose code equals <paramref name="code"/> ignoring case (patient codes are unique that way, rule PAT-10).</summary>
    public SubjectData? FindIgnoringCase(string code) => _byCodeIgnoringCase.GetValueOrDefault(code);

    public void Add(SubjectData subject)
    {
        _byCode.Add(subject.Code, subject);
        _byCodeIgnoringCase.Add(subject.Code, subject);
        _ordered.Add(subject);
    }

    public SubjectData? Find(ReadOnlySpan<char> code) => _bySpan.TryGetValue(code, out var s) ? s : null;

    public void NoteOrphan(string code, int line) => _orphans.TryAdd(code, line);

    /// <summary>Reports each orphan of <paramref name="file"/> once, at its first line (only once Demographics was read), and forgets them.</summary>
    public void FlushOrphans(string file, ErrorSink errors)
    {
        if (IsComplete)
        {
            foreach (var (code, line) in _orphans.OrderBy(o => o.Value))
            {
                errors.Add(file, line, Schema.ProactSchemas.SubjectId, code, ImportRuleIds.Orphan,
                    string.Create(CultureInfo.InvariantCulture, $"subject_id {code} is not in Demographics (first of its rows in this file)."));
            }
        }

        _orphans.Clear();
    }
}
