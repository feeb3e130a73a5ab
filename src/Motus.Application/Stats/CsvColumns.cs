using System.Globalization;
using nietras.SeparatedValues;

namespace Motus.Application.Stats;

/// <summary>
/// A CSV file read into columns for <c>motus stats</c>: any comma-separated file with a header row. Values are kept
/// as text; <see cref="Numbers"/> parses a column strictly (invariant culture) and names file, line, column and value
/// of the first bad cell. Missing values are not dropped silently: an empty cell is an error.
/// </summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, List<string>> _columns;

    private CsvColumns(string path, Dictionary<string, List<string>> columns, int rows)
    {
        Path = path;
        _columns = columns;
        RowCount = rows;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Data rows (header excluded).</summary>
    public int RowCount { get; }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="MotusException"/> when it is missing or has no header.</summary>
    public static CsvColumns Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new MotusException(ExitCategory.Usage, $"No such file: {path}");
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames.ToList();
        if (names.Count == 0 || (names.Count == 1 && names[0].Length == 0))
        {
            throw new MotusException(ExitCategory.Data, $"{path}: line 1: no header row.");
        }

        var columns = names.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in reader)
        {
            rows++;
            for (var i = 0; i < names.Count; i++)
            {
                columns[names[i]].Add(row[i].ToString());
            }
        }

        return new CsvColumns(path, columns, rows);
    }

    /// <summary>The text values of <paramref name="column"/>.</summary>
    public IReadOnlyList<string> Strings(string column) => Column(column);

    /// <summary>The values of <paramref name="column"/> as numbers; the first empty or non-numeric cell is an error naming its line.</summary>
    public double[] Numbers(string column)
    {
        var text = Column(column);
        var values = new double[text.Count];
        for (var i = 0; i < text.Count; i++)
        {
            if (!double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new MotusException(ExitCategory.Data,
                    $"{Path}: line {i + 2}, column {column}: '{text[i]}' is not a number{(text[i].Length == 0 ? " (missing values are not dropped silently; remove or fill the row)" : "")}.");
            }
        }

        return values;
    }

    /// <summary>
    /// The values of <paramref name="column"/> as 0/1 indicators (e.g. 1 = event, 0 = censored). Any other value, including
    /// 2 (R's <c>Surv</c> also accepts 1/2 coding) or 0.5, is an error naming its line: nothing is recoded silently.
    /// </summary>
    public int[] Indicators(string column)
    {
        var numbers = Numbers(column);
        var values = new int[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            values[i] = numbers[i] switch
            {
                0 => 0,
                1 => 1,
                _ => throw new MotusException(ExitCategory.Data, $"{Path}: line {i + 2}, column {column}: '{Column(column)[i]}' is not 0 or 1."),
            };
        }

        return values;
    }

    /// <summary>
    /// The values of <paramref name="column"/> as levels of a factor (group, stratum, patient id; see <see cref="CsvLevels"/>
    /// for the order). The first empty cell is an error naming its line: an empty label is not made a group of its own.
    /// </summary>
    public CsvLevels Levels(string column)
    {
        var text = Column(column);
        var empty = text.FindIndex(v => v.Length == 0);
        if (empty >= 0)
        {
            throw new MotusException(ExitCategory.Data,
                $"{Path}: line {empty + 2}, column {column}: empty value (missing values are not dropped silently; remove or fill the row).");
        }

        return CsvLevels.Of(text);
    }

    private List<string> Column(string column) =>
        _columns.TryGetValue(column, out var values)
            ? values
            : throw new MotusException(ExitCategory.Usage, $"{Path}: no column '{column}'. Columns: {string.Join(", ", _columns.Keys)}.");
}
