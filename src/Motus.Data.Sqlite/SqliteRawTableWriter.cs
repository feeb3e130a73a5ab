using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Motus.Data.Bulk;
using SQLitePCL;

namespace Motus.Data.Sqlite;

/// <summary>
/// One prepared INSERT on a raw SQLite handle. Binds each CLR value the way Microsoft.Data.Sqlite's value binder does
/// for the types the Motus model stores (integers, booleans and enums as INTEGER; floating point as REAL; strings,
/// dates, times and TEXT-mapped GUIDs as their invariant text forms; byte arrays as BLOB). A type outside that list is
/// refused rather than guessed.
/// </summary>
internal sealed class SqliteRawTableWriter : IBulkTableWriter
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly bool[] _guidAsText;

    /// <summary>The value each parameter is bound to now (SQLite keeps bindings across <c>sqlite3_reset</c>).</summary>
    private readonly object?[] _bound;
    private readonly bool[] _isBound;
    private byte[] _utf8 = new byte[256];

    public SqliteRawTableWriter(sqlite3 db, string table, IReadOnlyList<BulkColumn> columns)
    {
        _db = db;
        var sql = new StringBuilder("INSERT INTO ").Append(Delimit(table)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Delimit(c.Name))).Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture))).Append(')');
        var rc = raw.sqlite3_prepare_v2(db, sql.ToString(), out _statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        _guidAsText = columns.Select(c => !string.Equals(c.Mapping.StoreType, "BLOB", StringComparison.OrdinalIgnoreCase)).ToArray();
        _bound = new object?[columns.Count];
        _isBound = new bool[columns.Count];
    }

    public void Write(ReadOnlySpan<object?> values)
    {
        if (values.Length != _bound.Length)
        {
            throw new ArgumentException($"Expected {_bound.Length} values, got {values.Length}.", nameof(values));
        }

        // Consecutive rows repeat many values (NULLs, the patient, the actor, the timestamp): a parameter still bound
        // to a value that stores identically is left alone, saving a native call per repeated value.
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (_isBound[i] && StoresAs(_bound[i], value))
            {
                continue;
            }

            _isBound[i] = false;
            Bind(i + 1, value, _guidAsText[i]);
            _bound[i] = value;
            _isBound[i] = true;
        }

        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        raw.sqlite3_reset(_statement);
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value, bool guidAsText)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string s => BindText(index, s),
            int v => raw.sqlite3_bind_int64(_statement, index, v),
            long v => raw.sqlite3_bind_int64(_statement, index, v),
            short v => raw.sqlite3_bind_int64(_statement, index, v),
            byte v => raw.sqlite3_bind_int64(_statement, index, v),
            bool v => raw.sqlite3_bind_int64(_statement, index, v ? 1 : 0),
            double v => BindReal(index, v),
            float v => BindReal(index, v),
            Guid g when guidAsText => BindGuidText(index, g),
            Guid g => raw.sqlite3_bind_blob(_statement, index, g.ToByteArray()),
            DateOnly d => BindFormatted(index, d, "yyyy\\-MM\\-dd"),
            DateTimeOffset t => BindFormatted(index, t, "yyyy\\-MM\\-dd HH\\:mm\\:ss.FFFFFFFzzz"),
            DateTime t => BindFormatted(index, t, "yyyy\\-MM\\-dd HH\\:mm\\:ss.FFFFFFF"),
            byte[] b => raw.sqlite3_bind_blob(_statement, index, b),
            Enum e => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"The SQLite bulk path does not store {value.GetType().Name} values; add the type with a test comparing it to Microsoft.Data.Sqlite."),
        };
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>
    /// True when <paramref name="value"/> would be bound exactly as <paramref name="bound"/> was: same type and the
    /// same stored form (floating point by bits, so 0 and −0 differ; instants with their offset). Byte arrays are
    /// always bound again (their content may change under the same reference).
    /// </summary>
    internal static bool StoresAs(object? bound, object? value) => (bound, value) switch
    {
        (null or DBNull, null or DBNull) => true,
        (null or DBNull, _) or (_, null or DBNull) => false,
        _ when bound.GetType() != value.GetType() => false,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b),
        (DateTimeOffset a, DateTimeOffset b) => a.EqualsExact(b),
        (DateTime a, DateTime b) => a.Ticks == b.Ticks,
        (int or long or short or byte or bool or Guid or DateOnly or Enum, _) => bound.Equals(value),
        _ => false,
    };

    private int BindReal(int index, double value) =>
        double.IsNaN(value)
            ? throw new InvalidOperationException("NaN cannot be stored (Microsoft.Data.Sqlite refuses it too).")
            : raw.sqlite3_bind_double(_statement, index, value);

    private int BindText(int index, string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);

        // sqlite3_bind_text with a span binds with SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer is reused.
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    /// <summary>A GUID as upper-case "D" text, formatted straight into UTF-8 (no strings).</summary>
    private int BindGuidText(int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return raw.sqlite3_bind_text(_statement, index, text);
    }

    /// <summary>A date or time in the given invariant format, formatted straight into UTF-8.</summary>
    private int BindFormatted<T>(int index, T value, string format)
        where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        return value.TryFormat(text, out var length, format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text(_statement, index, text[..length])
            : throw new InvalidOperationException($"{typeof(T).Name} {value} does not fit the SQLite text buffer.");
    }

    private static string Delimit(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
