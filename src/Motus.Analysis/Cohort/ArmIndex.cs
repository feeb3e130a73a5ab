namespace Motus.Analysis.Cohort;

/// <summary>
/// The arms present in an analysis, sorted by code (ordinal, case-insensitive), each with a 0-based index; arm codes
/// are matched case-insensitively, as the domain does (STUDY-01).
/// </summary>
internal sealed class ArmIndex
{
    private readonly Dictionary<string, int> _index;

    private ArmIndex(string[] codes)
    {
        Codes = codes;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codes.Length; i++)
        {
            _index[codes[i]] = i;
        }
    }

    /// <summary>The arm codes in index order (the first spelling met for each).</summary>
    public string[] Codes { get; }

    public int Count => Codes.Length;

    public static ArmIndex From(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => c.ToUpperInvariant(), StringComparer.Ordinal)
            .ToArray();
        return new ArmIndex(distinct);
    }

    public int Of(string code) => _index[code];

    public bool Contains(string? code) => code is not null && _index.ContainsKey(code);
}
