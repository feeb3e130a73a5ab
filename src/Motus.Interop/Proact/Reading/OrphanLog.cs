using System.Globalization;

namespace Motus.Interop.Proact.Reading;

/// <summary>The subjects of the file being read that are not in Demographics (orphans), each with the first line it appears on.</summary>
internal sealed class OrphanLog
{
    private readonly Dictionary<string, int> _orphans = new(StringComparer.Ordinal);

    public void Note(string code, int line) => _orphans.TryAdd(code, line);

    /// <summary>
    /// Reports each orphan of <paramref name="file"/> once, at its first line (only when Demographics was read:
    /// <paramref name="demographicsComplete"/>), and forgets them.
    /// </summary>
    public void Flush(string file, bool demographicsComplete, ErrorSink errors)
    {
        if (demographicsComplete)
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
