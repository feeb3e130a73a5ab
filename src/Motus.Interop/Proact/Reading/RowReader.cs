using System.Globalization;
using Motus.Domain.Common;
using Motus.Interop.Proact.Schema;
using nietras.SeparatedValues;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// Typed access to the cells of one data row by schema column index. Every accessor that finds a malformed cell
/// records an error (file, line, column, value) and sets <see cref="HasErrors"/>; the row is then not turned into a
/// record, so that one bad cell gives one error. Cells are trimmed; an absent optional column reads as empty.
/// When <paramref name="badBytesReported"/>, cells holding U+FFFD (bytes already reported as not UTF-8) fail silently.
/// </summary>
internal ref struct RowReader(SepReader.Row row, int[] fileIndex, FormSchema schema, string file, ImportContext context, bool badBytesReported = false)
{
    private readonly SepReader.Row _row = row;

    public readonly FormSchema Schema => schema;
    public readonly string File => file;
    public readonly int Line => _row.LineNumberFrom;
    public readonly ImportContext Context => context;
    public bool HasErrors { get; private set; }

    public readonly ReadOnlySpan<char> Cell(int col)
    {
        var i = fileIndex[col];
        if (i < 0)
        {
            return [];
        }

        var span = _row[i].Span.Trim();
        return span.Length > 0 && span[0] == '"' ? Unquote(span) : span;
    }

    public readonly bool Has(int col) => !Cell(col).IsEmpty;

    public readonly string? Text(int col)
    {
        var s = Cell(col);
        return s.IsEmpty ? null : s.ToString();
    }

    /// <summary>A whole number; <c>4.0</c> is accepted as 4, <c>3.5</c> is an error.</summary>
    public int? Integral(int col)
    {
        var s = Cell(col);
        if (s.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (d == Math.Floor(d) && d >= int.MinValue && d <= int.MaxValue)
            {
                return (int)d;
            }

            Error(col, ImportRuleIds.Number, "must be a whole number");
            return null;
        }

        Error(col, ImportRuleIds.Number, "is not a number (invariant culture: '.' as decimal point, no thousands separator)");
        return null;
    }

    public double? Number(int col)
    {
        var s = Cell(col);
        if (s.IsEmpty)
        {
            return null;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        Error(col, ImportRuleIds.Number, "is not a number (invariant culture: '.' as decimal point, no thousands separator)");
        return null;
    }

    /// <summary>A delta column as a date: the anchor plus that many days.</summary>
    public DateOnly? Date(int col)
    {
        if (Integral(col) is not { } delta)
        {
            return null;
        }

        if (Context.TryDate(delta, out var date))
        {
            return date;
        }

        Error(col, ImportRuleIds.Number, "days from the anchor date fall outside the calendar (years 1–9999)");
        return null;
    }

    /// <summary>Like <see cref="Date"/>, but an empty cell is an error (IMP-REQUIRED).</summary>
    public DateOnly? RequiredDate(int col)
    {
        if (!Has(col))
        {
            Error(col, ImportRuleIds.Required, "is required");
            return null;
        }

        return Date(col);
    }

    /// <summary>A coded cell; text outside the vocabulary is an error (IMP-CODE) naming the accepted values.</summary>
    public T? Code<T>(int col, SpanParser<T> parse, string accepted)
        where T : struct
    {
        var s = Cell(col);
        if (s.IsEmpty)
        {
            return null;
        }

        if (parse(s, out var value))
        {
            return value;
        }

        Error(col, ImportRuleIds.Code, $"is not one of the accepted values ({accepted})");
        return null;
    }

    /// <summary>The row's Demographics subject; null (with an error or a noted orphan) when there is none.</summary>
    public SubjectData? Subject()
    {
        var raw = Cell(0);
        if (Context.Subjects.Find(raw) is { } subject)
        {
            return subject;
        }

        var code = raw.ToString();
        if (!Codes.IsValid(code))
        {
            Error(0, ImportRuleIds.Subject, "must be a code of 1–40 letters, digits, '.', '_' or '-'");
            return null;
        }

        Context.Orphans.Note(code, Line);
        return null;
    }

    /// <summary>Records an error on a cell of this row: "<c>column = value: message.</c>"</summary>
    public void Error(int col, string ruleId, string message)
    {
        HasErrors = true;
        if (badBytesReported && Cell(col).Contains('\uFFFD'))
        {
            return;
        }

        var value = Cell(col).ToString();
        var column = Schema.Columns[col];
        Context.Errors.Add(File, Line, column, value, ruleId, $"{column} = {(value.Length == 0 ? "(empty)" : value)}: {message}.");
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> quoted)
    {
        var inner = quoted.Length >= 2 && quoted[^1] == '"' ? quoted[1..^1] : quoted[1..];
        return inner.Contains("\"\"", StringComparison.Ordinal) ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).AsSpan().Trim() : inner.Trim();
    }
}
