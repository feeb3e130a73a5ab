using System.Globalization;
using nietras.SeparatedValues;

namespace Motus.Interop.Proact.Reading;

/// <summary>Shape and encoding checks of a row, before any cell is interpreted.</summary>
internal static class RowChecks
{
    /// <summary>
    /// False (with an IMP-TRUNCATED error) when the row has a different number of fields than the header, or an odd
    /// number of quotes (a quoted field left open, as when a file is cut inside one).
    /// </summary>
    public static bool IsWellFormed(SepReader.Row row, ColumnLayout layout, string file, ErrorSink errors)
    {
        if (row.ColCount != layout.Width)
        {
            errors.Add(file, row.LineNumberFrom, null, null, ImportRuleIds.Truncated,
                string.Create(CultureInfo.InvariantCulture, $"The row has {row.ColCount} fields but the header has {layout.Width}: the row is cut short or has extra delimiters."));
            return false;
        }

        if ((row.Span.Count('"') & 1) == 1)
        {
            errors.Add(file, row.LineNumberFrom, null, null, ImportRuleIds.Truncated, "The row ends inside a quoted field: a closing quote is missing.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reports the invalid UTF-8 runs of a row: one error per cell holding any (the cell is found by the U+FFFD that
    /// replaced each run), with the bytes as hex; runs that cannot be placed are reported on the row.
    /// </summary>
    public static void ReportEncoding(SepReader.Row row, ColumnLayout? layout, List<EncodingIssue> issues, string file, ErrorSink errors)
    {
        const string Message = "holds bytes that are not UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 accents are the usual cause)";
        var next = 0;
        for (var i = 0; i < row.ColCount && next < issues.Count; i++)
        {
            var count = row[i].Span.Count('\uFFFD');
            if (count == 0)
            {
                continue;
            }

            var taken = issues.Skip(next).Take(count).ToList();
            next += taken.Count;
            var column = layout is not null && i < layout.Width ? layout.Names[i] : null;
            var bytes = string.Join(' ', taken.Select(t => t.Bytes));
            errors.Add(file, taken[0].Line, column, bytes, ImportRuleIds.Encoding, $"{column ?? "The header"} {Message}: {bytes}.");
        }

        foreach (var issue in issues.Skip(next))
        {
            errors.Add(file, issue.Line, null, issue.Bytes, ImportRuleIds.Encoding, $"The line {Message}: {issue.Bytes}.");
        }
    }
}
