using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
    public static DbContextOptions<MotusDbContext> OptionsForConnectionString(string connectionString) =>
        new DbContextOptionsBuilder<MotusDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name))
            .Options;
}
