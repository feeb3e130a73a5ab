using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Data.Accounts;
using Motus.Data.Postgres;
using Motus.Data.Sqlite;

namespace Motus.Application.Accounts;

/// <summary>Opens the accounts context on the same database as the clinical data and migrates its tables.</summary>
public sealed class AccountsDatabase
{
    /// <summary>Creates the accessor for the database described by <paramref name="options"/> (already validated by <see cref="MotusDatabase"/>).</summary>
    public AccountsDatabase(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ContextOptions = options.Provider == DatabaseProvider.Sqlite
            ? SqliteAccounts.Options(options.SqlitePath, options.SqlitePooling)
            : PostgresAccounts.Options(options.ConnectionString!);
    }

    /// <summary>The provider options of <see cref="AccountsDbContext"/>.</summary>
    public DbContextOptions<AccountsDbContext> ContextOptions { get; }

    /// <summary>A new context. Dispose it.</summary>
    public AccountsDbContext CreateContext() => new(ContextOptions);

    /// <summary>Creates or migrates the accounts tables. Returns the migrations applied.</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return pending;
    }
}
