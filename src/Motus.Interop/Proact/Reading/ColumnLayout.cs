namespace Motus.Interop.Proact.Reading;

/// <summary>A file's header as read: the file column of each schema column and the name of each file column.</summary>
/// <param name="FileIndex">For each schema column, its index in the file, or −1 when absent.</param>
/// <param name="Names">For each file column, the schema's name for it (or the header's text when unknown).</param>
/// <param name="RowsReadable">False when a required column is missing or a column is duplicated: rows are then only counted and shape-checked.</param>
internal sealed record ColumnLayout(int[] FileIndex, string[] Names, bool RowsReadable)
{
    public int Width => Names.Length;
}
