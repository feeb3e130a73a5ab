using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motus.Data.Bulk;

namespace Motus.Data.Sqlite;

/// <summary>SQLite configuration: one database file, migrations from this assembly.</summary>
public static class SqliteProvider
{
    /// <summary>Options for a SQLite database at <paramref name="path"/> (created on first migration).</summary>
    public static DbContextOptions<MotusDbContext> Options(string path)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();
        return OptionsForConnectionString(connection);
    }

    /// <summary>Options for a full SQLite connection string.</summary>
    /// <remarks>Bulk inserts go through <see cref="SqliteBulkAccelerator"/>.</remarks>
    public static DbContextOptions<MotusDbContext> OptionsForConnectionString(string connectionString) =>
        BulkAcceleratorExtension.UseBulkAccelerator(
                new DbContextOptionsBuilder<MotusDbContext>()
                    .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name)),
                SqliteBulkAccelerator.Instance)
            .Options;
}
