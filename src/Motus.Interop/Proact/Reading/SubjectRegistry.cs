namespace Motus.Interop.Proact.Reading;

/// <summary>
/// The Demographics subjects by code, looked up without allocating. Filled while Demographics is read; afterwards
/// only read, so the record forms, read in parallel, share it.
/// </summary>
internal sealed class SubjectRegistry
{
    private readonly Dictionary<string, SubjectData> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubjectData> _byCodeIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SubjectData> _ordered = [];
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
}
