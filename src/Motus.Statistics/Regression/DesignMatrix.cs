using Motus.Statistics.Common;

namespace Motus.Statistics.Regression;

/// <summary>
/// The predictor columns of a linear model (without the intercept, which the fitting methods add on request), each with a
/// name, stored as one contiguous column-major copy. Like the columns of R's <c>model.matrix()</c>: factors must already
/// be coded as 0/1 indicator columns and interactions as product columns (e.g. <c>months:arm</c> = months·arm).
/// </summary>
public sealed class DesignMatrix
{
    private readonly double[] _values;
    private readonly string[] _names;

    private DesignMatrix(int rowCount, string[] names, double[] values)
    {
        RowCount = rowCount;
        _names = names;
        _values = values;
    }

    /// <summary>Number of observations (rows).</summary>
    public int RowCount { get; }

    /// <summary>Number of predictor columns.</summary>
    public int ColumnCount => _names.Length;

    /// <summary>The column names, in column order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The values of column <paramref name="index"/> (0-based), one per row.</summary>
    public ReadOnlySpan<double> Column(int index) => _values.AsSpan(checked(index * RowCount), RowCount);

    /// <summary>
    /// A design from named columns of equal length. The values are copied. Throws <see cref="StatisticsInputException"/>
    /// when the columns differ in length, a value is not finite, a name is empty or repeated, or there are no columns
    /// (use <see cref="Empty"/> for an intercept-only model).
    /// </summary>
    /// <param name="columns">Name and values of each column.</param>
    public static DesignMatrix FromColumns(params (string Name, double[] Values)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
        {
            throw new StatisticsInputException("columns is empty: give at least one column, or use DesignMatrix.Empty(rowCount) for an intercept-only model.", nameof(columns));
        }

        var n = columns[0].Values?.Length ?? throw new StatisticsInputException("columns[0] has no values.", nameof(columns));
        var names = new string[columns.Length];
        var values = new double[checked(n * columns.Length)];
        for (var j = 0; j < columns.Length; j++)
        {
            var (name, v) = columns[j];
            if (v is null || v.Length != n)
            {
                throw new StatisticsInputException($"column '{name}' has {v?.Length ?? 0} values but column '{columns[0].Name}' has {n}; all columns must have the same length.", nameof(columns));
            }

            Guard.Finite(v, $"column '{name}'");
            names[j] = name;
            v.CopyTo(values, j * n);
        }

        CheckNames(names);
        return new DesignMatrix(n, names, values);
    }

    /// <summary>
    /// A design from a row-major array (rows = observations). The values are copied. Names default to x1, x2, ….
    /// </summary>
    /// <param name="values">n × p predictor values.</param>
    /// <param name="names">Column names, p of them; null for x1..xp.</param>
    public static DesignMatrix FromArray(double[,] values, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.GetLength(0);
        var p = values.GetLength(1);
        if (names is not null && names.Count != p)
        {
            throw new StatisticsInputException($"names has {names.Count} entries but values has {p} columns.", nameof(names));
        }

        var nm = new string[p];
        var data = new double[checked(n * p)];
        for (var j = 0; j < p; j++)
        {
            nm[j] = names is null ? $"x{j + 1}" : names[j];
            for (var i = 0; i < n; i++)
            {
                var x = values[i, j];
                if (!double.IsFinite(x))
                {
                    throw new StatisticsInputException($"values[{i}, {j}] = {x}: every value must be a finite number.", nameof(values));
                }

                data[(j * n) + i] = x;
            }
        }

        CheckNames(nm);
        return new DesignMatrix(n, nm, data);
    }

    /// <summary>A design with no predictor columns and <paramref name="rowCount"/> rows, for intercept-only models (<c>y ~ 1</c>).</summary>
    /// <param name="rowCount">Number of observations, at least 0.</param>
    public static DesignMatrix Empty(int rowCount)
    {
        if (rowCount < 0)
        {
            throw new StatisticsInputException($"rowCount = {rowCount}: must not be negative.", nameof(rowCount));
        }

        return new DesignMatrix(rowCount, [], []);
    }

    private static void CheckNames(string[] names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new StatisticsInputException("A column name is empty; every column needs a name.", nameof(names));
            }

            if (name == RegressionNames.Intercept)
            {
                throw new StatisticsInputException($"Column name '{name}' is reserved for the intercept the model adds; drop that column and keep intercept: true.", nameof(names));
            }

            if (!seen.Add(name))
            {
                throw new StatisticsInputException($"Column name '{name}' appears twice; names must be unique.", nameof(names));
            }
        }
    }

    /// <summary>
    /// The model matrix as one column-major array with an intercept column of ones first when requested, and its names.
    /// </summary>
    internal (double[] Values, string[] Names) WithIntercept(bool intercept)
    {
        if (!intercept)
        {
            return ((double[])_values.Clone(), (string[])_names.Clone());
        }

        var values = new double[checked(_values.Length + RowCount)];
        values.AsSpan(0, RowCount).Fill(1.0);
        _values.CopyTo(values, RowCount);
        return (values, [RegressionNames.Intercept, .. _names]);
    }
}
