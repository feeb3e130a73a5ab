using System.Data.Common;
using Microsoft.Data.Sqlite;
using Motus.Data.Bulk;

namespace Motus.Data.Sqlite;

/// <summary>
/// Bulk inserts through SQLite's C API (SQLitePCL.raw, the library Microsoft.Data.Sqlite itself uses): one prepared
/// statement per table, parameters bound by position. Microsoft.Data.Sqlite resolves every parameter by name and
/// re-dispatches its type on every execution, which costs more than SQLite's own work on large imports.
/// Values are stored in the formats Microsoft.Data.Sqlite uses (<see cref="SqliteRawTableWriter"/>); the
/// persistence suite checks the stored values of both paths are identical.
/// </summary>
public sealed class SqliteBulkAccelerator : IBulkInsertAccelerator
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _tunedConnections = [];

    /// <summary>The shared instance.</summary>
    public static SqliteBulkAccelerator Instance { get; } = new();

    /// <inheritdoc />
    public IBulkTableWriter Create(DbConnection connection, string table, IReadOnlyList<BulkColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            throw new InvalidOperationException("The SQLite bulk path needs an open Microsoft.Data.Sqlite connection.");
        }

        if (!_tunedConnections.TryGetValue(handle, out _))
        {
            // A bulk insert writes one large transaction; with SQLite's default 2 MiB page cache the index pages spill
            // to disk and are rewritten many times before the commit. 64 MiB keeps most of them in memory (a cap, not an
            // allocation: pages are taken as needed). Applies to this connection only.
            SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_exec(handle, "PRAGMA cache_size = -65536"), handle);
            _tunedConnections.Add(handle, new object());
        }

        return new SqliteRawTableWriter(handle, table, columns);
    }
}
