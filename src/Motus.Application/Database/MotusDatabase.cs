using Microsoft.EntityFrameworkCore;
using Motus.Data;
using Motus.Data.Postgres;
using Motus.Data.Sqlite;

namespace Motus.Application.Database;

/// <summary>Opens contexts on the configured database and creates or migrates its schema.</summary>
public sealed class MotusDatabase
{
    private readonly DbContextOptions<MotusDbContext> _options;
    // A plain connection on the same database, for ReadVersionAsync.
    private readonly Func<System.Data.Common.DbConnection> _connection;
    // Set once the schema was found up to date: a long-running host (the web app) then skips the per-open check.
    private volatile bool _schemaChecked;

    /// <summary>Creates the accessor; throws <see cref="MotusException"/> for unusable options.</summary>
    public MotusDatabase(DatabaseOptions options, TimeProvider clock)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new MotusException(ExitCategory.Usage, string.Join(" ", problems));
        }

        Options = options;
        Clock = clock;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            _options = SqliteProvider.Options(options.SqlitePath, options.SqlitePooling);
            _connection = () => SqliteProvider.Connection(options.SqlitePath, options.SqlitePooling);
        }
        else
        {
            _options = PostgresProvider.Options(options.ConnectionString!);
            _connection = () => PostgresProvider.Connection(options.ConnectionString!);
        }
    }

    /// <summary>The options in use.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>The clock used for audit timestamps and "today".</summary>
    public TimeProvider Clock { get; }

    /// <summary>Today's date (UTC) by <see cref="Clock"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The sequence number of the last audit row (0 when none): see <see cref="DataVersion"/>. Once the schema was found
    /// up to date it is one plain query on a (pooled) connection, without a context.
    /// </summary>
    public async Task<long> ReadVersionAsync(CancellationToken ct = default)
    {
        if (!_schemaChecked)
        {
            await using var db = await OpenAsync(ct);
            return await DataVersion.ReadAsync(db, ct);
        }

        await using var connection = _connection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = DataVersion.Sql;
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>A new context. Dispose it.</summary>
    public MotusDbContext CreateContext() => new(_options, Clock);

    /// <summary>Creates the database if needed and applies every pending migration. Returns the migrations applied.</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return pending;
    }

    /// <summary>
    /// A context on an existing, up-to-date database; throws <see cref="MotusException"/> telling the user to run
    /// <c>motus init</c> when the SQLite file is missing or the schema is behind.
    /// </summary>
    public async Task<MotusDbContext> OpenAsync(CancellationToken ct = default)
    {
        if (Options.Provider == DatabaseProvider.Sqlite && !File.Exists(Options.SqlitePath))
        {
            throw new MotusException(ExitCategory.Usage, $"No database at {Path.GetFullPath(Options.SqlitePath)}. Run 'motus init' first (or pass --db PATH).");
        }

        var db = CreateContext();
        try
        {
            if (_schemaChecked)
            {
                return db;
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                throw new MotusException(ExitCategory.Usage, $"The database schema is behind ({pending.Count} migration(s) pending). Run 'motus init' to migrate it.");
            }

            _schemaChecked = true;
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
