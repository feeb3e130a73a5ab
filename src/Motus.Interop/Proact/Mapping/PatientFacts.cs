using System.Globalization;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Proact.Mapping;

/// <summary>Records which cell a patient detail came from, and catches two rows giving a detail different values.</summary>
internal static class PatientFacts
{
    /// <summary>
    /// True when <paramref name="value"/> should be stored as <paramref name="field"/>: the first time it is given
    /// (its cell is remembered). A repeat of the same value is ignored; a different value is an IMP-CONFLICT error.
    /// </summary>
    public static bool Claim<T>(ref RowReader row, SubjectData subject, string field, int col, T current, T value)
    {
        if (!subject.Sources.TryGetValue(field, out var previous))
        {
            var column = row.Schema.Columns[col];
            subject.Sources[field] = new SourceCell(row.File, row.Line, column, row.Schema.IsDelta(column));
            return true;
        }

        if (!EqualityComparer<T>.Default.Equals(current, value))
        {
            row.Error(col, ImportRuleIds.Conflict, string.Create(CultureInfo.InvariantCulture,
                $"differs from the value given for this subject on line {previous.Line} of {previous.File} ({previous.Column})"));
        }

        return false;
    }
}
