using System.Globalization;
using Motus.Interop.Proact.Schema;
using nietras.SeparatedValues;

namespace Motus.Interop.Proact.Writing;

/// <summary>
/// Writes one form file: the schema's header (also when there are no rows), then rows given by column name.
/// Comma-separated, UTF-8 without byte order mark, invariant culture, fields quoted only when they need it.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly FormSchema _schema;
    private readonly SepWriter _writer;
    private readonly string?[] _values;

    public CsvTable(string directory, FormSchema schema)
    {
        _schema = schema;
        _values = new string?[schema.Columns.Count];
        _writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .ToFile(Path.Combine(directory, schema.FileName));
        _writer.Header.Add(schema.Columns.ToArray());
        _writer.Header.Write();
    }

    /// <summary>Sets a cell of the row being built; null or empty leaves it empty.</summary>
    public CsvTable Set(string column, string? value)
    {
        _values[_schema.Col(column)] = value;
        return this;
    }

    public CsvTable Set(string column, int? value) => Set(column, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number in the shortest form that reads back to the same double.</summary>
    public CsvTable Set(string column, double? value) => Set(column, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Writes the row built so far and starts an empty one.</summary>
    public void EndRow()
    {
        using (var row = _writer.NewRow())
        {
            for (var i = 0; i < _values.Length; i++)
            {
                row[i].Set(_values[i] ?? "");
            }
        }

        Array.Clear(_values);
    }

    public void Dispose() => _writer.Dispose();
}
