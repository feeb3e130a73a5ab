using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Motus.Interop.Proact.Reading;

/// <summary>
/// Streams one form file with Sep: checks the encoding, the delimiter, the header and the shape of every row, and
/// hands each well-formed row to the form's handler. Nothing of the file's text is kept.
/// </summary>
internal static class CsvFormReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="file"/>; returns the number of data rows (blank lines excluded), and whether its rows
    /// could be interpreted at all (false after a file-level or header error).
    /// </summary>
    public static (int Rows, bool Readable) Read(LocatedFile file, IFormHandler handler, ImportContext ctx)
    {
        ctx.CancellationToken.ThrowIfCancellationRequested();
        var errors = ctx.Errors;
        long consumed = 0;
        var result = (Rows: 0, Readable: false);
        try
        {
            if (file.Length == 0)
            {
                errors.Add(file.Name, 0, null, null, ImportRuleIds.Empty, "The file is empty (0 bytes); a form without rows still needs its header line.");
                return result;
            }

            using var utf8 = new Utf8ValidatingStream(
                new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan),
                n =>
                {
                    consumed += n;
                    ctx.Progress.Advance(file.Name, n);
                });
            using var text = new StreamReader(utf8, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).From(text);
            result = ReadRows(reader, utf8, file, handler, ctx);
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(file.Name, 0, null, null, ImportRuleIds.Encoding, $"The file is not valid UTF-8: {e.Message}");
        }
        catch (IOException e)
        {
            errors.Add(file.Name, 0, null, null, ImportRuleIds.Io, $"The file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            errors.Add(file.Name, 0, null, null, ImportRuleIds.Io, $"The file could not be read: {e.Message}");
        }
        finally
        {
            ctx.Orphans.Flush(file.Name, ctx.Subjects.IsComplete, errors);
            ctx.Progress.Advance(file.Name, (int)Math.Clamp(file.Length - consumed, 0, int.MaxValue));
            ctx.Progress.Report(file.Name);
        }

        return result;
    }

    private static (int Rows, bool Readable) ReadRows(SepReader reader, Utf8ValidatingStream utf8, LocatedFile file, IFormHandler handler, ImportContext ctx)
    {
        var errors = ctx.Errors;
        ColumnLayout? layout = null;
        var rows = 0;
        foreach (var row in reader)
        {
            if (layout is null)
            {
                if (utf8.HasIssuesBefore(row.LineNumberToExcl))
                {
                    RowChecks.ReportEncoding(row, null, utf8.TakeIssuesBefore(row.LineNumberToExcl), file.Name, errors);
                    return (0, false);
                }

                layout = HeaderCheck.Map(row, file.Schema, file.Name, errors);
                if (layout is null)
                {
                    return (0, false);
                }

                continue;
            }

            if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
            {
                continue;
            }

            if ((++rows & 1023) == 0)
            {
                ctx.CancellationToken.ThrowIfCancellationRequested();
            }

            // Bad bytes are reported once, per cell; the row is still read (so that its subject is known to the
            // other forms), but cells holding them raise no further error.
            var badBytes = utf8.HasIssuesBefore(row.LineNumberToExcl);
            if (badBytes)
            {
                RowChecks.ReportEncoding(row, layout, utf8.TakeIssuesBefore(row.LineNumberToExcl), file.Name, errors);
            }

            if (RowChecks.IsWellFormed(row, layout, file.Name, errors) && layout.RowsReadable)
            {
                var r = new RowReader(row, layout.FileIndex, file.Schema, file.Name, ctx, badBytes);
                handler.HandleRow(ref r);
            }
        }

        if (layout is null)
        {
            errors.Add(file.Name, 1, null, null, ImportRuleIds.Empty, "The file has no header line.");
        }

        return (rows, layout?.RowsReadable == true);
    }
}
