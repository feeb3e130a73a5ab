using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motus.Data.Bulk;

namespace Motus.Data.Sqlite;

/// <summary>SQLite configuration: one database file, migrations from this assembly.</summary>
public static class SqliteProvider
{
    /// <summary>Options for a SQLite database at <paramref name="path"/> (created on first migration); <paramref name="pooling"/> as in <see cref="ConnectionString"/>.</summary>
    public static DbContextOptions<MotusDbContext> Options(string path, bool pooling = false) => OptionsForConnectionString(ConnectionString(path, pooling));

    /// <summary>
    /// The connection string every Motus context uses for the file at <paramref name="path"/> (clinical data and
    /// accounts share it): created on first use, foreign keys enforced. Without <paramref name="pooling"/> (the command
    /// line) the file can be deleted or moved as soon as the last context is disposed; with it (a long-running host)
    /// closed connections stay open for reuse, which spares every request re-reading the schema.
    /// </summary>
    public static string ConnectionString(string path, bool pooling = false) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = pooling,
    }.ToString();

    /// <summary>A plain (closed) connection to the file at <paramref name="path"/>, for the few hot reads that skip EF Core (see <c>DataVersion</c>).</summary>
    public static DbConnection Connection(string path, bool pooling = false) => new SqliteConnection(ConnectionString(path, pooling));

    /// <summary>Options for a full SQLite connection string.</summary>
    /// <remarks>Bulk inserts go through <see cref="SqliteBulkAccelerator"/>.</remarks>
    public static DbContextOptions<MotusDbContext> OptionsForConnectionString(string connectionString) =>
        BulkAcceleratorExtension.UseBulkAccelerator(
                new DbContextOptionsBuilder<MotusDbContext>()
                    .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name)),
                SqliteBulkAccelerator.Instance)
            .Options;
}
