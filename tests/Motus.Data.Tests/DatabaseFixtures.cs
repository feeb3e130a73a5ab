using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Motus.Application.Database;
using Npgsql;

namespace Motus.Data.Tests;

/// <summary>A fresh, empty database for one test, on one provider, deleted afterwards.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    /// <summary>The database accessor, with a fake clock.</summary>
    MotusDatabase Database { get; }

    /// <summary>The fake clock (starts at 2026-11-25 10:00 UTC).</summary>
    FakeTimeProvider Clock { get; }

    /// <summary>SQL that removes the append-only protection of the audit table (what an attacker with database access would do).</summary>
    string DropAuditProtectionSql { get; }
}

/// <summary>Creates test databases.</summary>
public static class TestDatabases
{
    /// <summary>Environment variable with a PostgreSQL connection string of a role allowed to create databases (set by scripts/test.sh).</summary>
    public const string PostgresVariable = "MOTUS_TEST_POSTGRES";

    /// <summary>The start time of every fake clock.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A new SQLite file in the temp folder.</summary>
    public static async Task<ITestDatabase> SqliteAsync()
    {
        var db = new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"motus-test-{Guid.NewGuid():N}.db"));
        await db.Database.InitializeAsync();
        return db;
    }

    /// <summary>A new PostgreSQL database on the server named by <see cref="PostgresVariable"/>.</summary>
    public static async Task<ITestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL server, or set it to a connection string of a role with CREATEDB.");
        }

        var db = new PostgresTestDatabase(server, $"motus_test_{Guid.NewGuid():N}");
        await db.Database.InitializeAsync();
        return db;
    }

    private sealed class SqliteTestDatabase(string path) : ITestDatabase
    {
        public FakeTimeProvider Clock { get; } = new(Start);
        public MotusDatabase Database => _database ??= new MotusDatabase(DatabaseOptions.Sqlite(path), Clock);
        public string DropAuditProtectionSql => "DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete;";
        private MotusDatabase? _database;

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string server, string name) : ITestDatabase
    {
        public FakeTimeProvider Clock { get; } = new(Start);
        public MotusDatabase Database => _database ??= new MotusDatabase(
            DatabaseOptions.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), Clock);
        public string DropAuditProtectionSql => "DROP TRIGGER audit_entries_append_only ON \"AuditEntries\";";
        private MotusDatabase? _database;

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
