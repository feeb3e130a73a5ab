using Motus.Domain.Common;

namespace Motus.Interop.Proact.Reading;

/// <summary>Maps a field of a record's details back to the column of the form it was read from.</summary>
internal interface IColumnMap
{
    /// <summary>The column <paramref name="field"/> (a domain property name, e.g. <c>Q1Speech</c>) came from, or null.</summary>
    string? ColumnOf(string field, IRecordDetails details);
}
