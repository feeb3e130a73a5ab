using System.Globalization;
using System.Text;

namespace Motus.Analysis.Evidence;

/// <summary>
/// The adverse-event counts of the library as a CSV (<c>study,category,events,n</c>, one row per count with a
/// denominator, library order, LF line ends). The R fixture script tests/fixtures/r/evidence/make.R reads exactly this
/// file, so the metafor reference values track the shipped data.
/// </summary>
public static class EvidenceCountsCsv
{
    /// <summary>The CSV text.</summary>
    public static string Write(EvidenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var sb = new StringBuilder("study,category,events,n\n");
        foreach (var s in library.Studies)
        {
            foreach (var a in s.AdverseEvents.Where(a => a.N is not null))
            {
                sb.Append(s.Id).Append(',').Append(a.Category).Append(',')
                    .Append(a.Events.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(a.N!.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return sb.ToString();
    }
}
