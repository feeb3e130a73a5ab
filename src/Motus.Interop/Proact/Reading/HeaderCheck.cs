using Motus.Interop.Proact.Schema;
using nietras.SeparatedValues;

namespace Motus.Interop.Proact.Reading;

/// <summary>Checks a form's header line and maps schema columns to file columns.</summary>
internal static class HeaderCheck
{
    /// <summary>The layout of the file's columns, or null when the header is unusable (wrong delimiter, blank).</summary>
    public static ColumnLayout? Map(SepReader.Row header, FormSchema schema, string file, ErrorSink errors)
    {
        if (header.ColCount == 1)
        {
            var text = header.Span;
            var delimiter = text.Contains(';') ? ";" : text.Contains('\t') ? "\t" : null;
            if (delimiter is not null)
            {
                errors.Add(file, 1, null, delimiter, ImportRuleIds.Delimiter,
                    $"The header has no comma but {(delimiter == ";" ? "semicolons" : "tabs")}: PRO-ACT files are comma-separated.");
                return null;
            }

            if (text.Trim().IsEmpty)
            {
                errors.Add(file, 1, null, null, ImportRuleIds.Empty, "The first line is blank: a form starts with its header.");
                return null;
            }
        }

        var map = new int[schema.Columns.Count];
        Array.Fill(map, -1);
        var names = new string[header.ColCount];
        var ok = true;
        for (var i = 0; i < header.ColCount; i++)
        {
            var name = header[i].Span.Trim().Trim('"').Trim();
            var col = schema.IndexOf(name);
            var written = name.ToString();
            names[i] = col < 0 ? written : schema.Columns[col];
            if (col < 0)
            {
                errors.Add(file, 1, written, written, ImportRuleIds.ColumnUnknown, $"Column {written} is not a column of the {schema.FormName} form.");
            }
            else if (map[col] >= 0)
            {
                errors.Add(file, 1, written, written, ImportRuleIds.ColumnDuplicate, $"Column {written} appears more than once in the header.");
                ok = false;
            }
            else
            {
                map[col] = i;
            }
        }

        foreach (var col in schema.Required.Where(c => map[c] < 0))
        {
            errors.Add(file, 1, schema.Columns[col], null, ImportRuleIds.ColumnMissing, $"Column {schema.Columns[col]} is required in the {schema.FormName} form but absent from the header.");
            ok = false;
        }

        return new ColumnLayout(map, names, ok);
    }
}
