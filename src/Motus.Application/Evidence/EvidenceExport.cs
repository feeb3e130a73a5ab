using System.Text;
using System.Text.Json;
using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>
/// Exports studies: CSV with one row per study and, for every field, its value and status columns
/// (<c>year</c>, <c>year_status</c>…; RFC 4180 quoting, UTF-8, LF), or JSON holding the full records (every field with
/// status, source and note, the structured AE counts, efficacy numbers and claims) and the reviews.
/// </summary>
public static class EvidenceExport
{
    /// <summary>The CSV text.</summary>
    public static string Csv(IEnumerable<EvidenceStudy> studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var sb = new StringBuilder("id");
        foreach (var f in EvidenceFacts.FieldNames)
        {
            sb.Append(',').Append(f).Append(',').Append(f).Append("_status");
        }

        sb.Append(",adverse_event_counts,claims\n");
        foreach (var s in studies)
        {
            sb.Append(Quote(s.Id));
            foreach (var fact in EvidenceFacts.Of(s))
            {
                sb.Append(',').Append(Quote(fact.Value)).Append(',').Append(fact.Status.ToString().ToLowerInvariant());
            }

            sb.Append(',').Append(Quote(string.Join("; ", s.AdverseEvents.Select(a => $"{a.Category} {a.Events}/{(a.N is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")}"))));
            sb.Append(',').Append(Quote(string.Join("; ", s.Claims.Select(c => c.Text))));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The JSON text: <c>{ "studies": [...], "reviews": [...] }</c> in the data files' own format.</summary>
    public static string Json(IEnumerable<EvidenceStudy> studies, IEnumerable<SystematicReview> reviews) =>
        JsonSerializer.Serialize(new { studies, reviews }, EvidenceJson.Options) + "\n";

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
