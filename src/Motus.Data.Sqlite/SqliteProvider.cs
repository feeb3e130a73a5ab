using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motus.Data.Bulk;

namespace Motus.Data.Sqlite;

/// <summary>SQLite configuration: one database file, migrations from this assembly.</summary>
public static class SqliteProvider
{
    /// <summary>Options for a SQLite database at <paramref name="path"/> (created on first migration).</summary>
    public static DbContextOptions<MotusDbContext> Options(string path) => OptionsForConnectionString(ConnectionString(path));

    /// <summary>
    /// The connection string every Motus context uses for the file at <paramref name="path"/> (clinical data and
    /// accounts share it): created on first use, foreign keys enforced, no pooling (the file can be deleted or moved
    /// as soon as the last context is disposed).
    /// </summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = false,
    }.ToString();

    /// <summary>Options for a full SQLite connection string.</summary>
    /// <remarks>Bulk inserts go through <see cref="SqliteBulkAccelerator"/>.</remarks>
    public static DbContextOptions<MotusDbContext> OptionsForConnectionString(string connectionString) =>
        BulkAcceleratorExtension.UseBulkAccelerator(
                new DbContextOptionsBuilder<MotusDbContext>()
                    .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name)),
                SqliteBulkAccelerator.Instance)
            .Options;
}
