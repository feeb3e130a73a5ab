using Motus.Domain.Common;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Reading;

/// <summary>A record created from a row, with where the row was, for mapping cross-record rule violations back to the file.</summary>
/// <param name="Record">The record.</param>
/// <param name="Kind">The record's kind as <c>PatientRecordRules</c> names it (e.g. <c>AlsfrsAssessment</c>).</param>
/// <param name="File">File name.</param>
/// <param name="Line">1-based line of the row.</param>
/// <param name="Schema">The form.</param>
/// <param name="Columns">The form's field-to-column map.</param>
internal sealed record ImportedRecord(IClinicalRecord Record, string Kind, string File, int Line, FormSchema Schema, IColumnMap Columns)
{
    /// <summary>The cell <paramref name="field"/> came from.</summary>
    public SourceCell CellOf(string field)
    {
        var column = Columns.ColumnOf(field, Record.Content);
        return new SourceCell(File, Line, column, Schema.IsDelta(column));
    }
}
