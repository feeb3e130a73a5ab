using Microsoft.EntityFrameworkCore;
using Motus.Data.Accounts;

namespace Motus.Data.Sqlite;

/// <summary>SQLite configuration of the accounts context: the same database file as the clinical data, migrations from this assembly.</summary>
public static class SqliteAccounts
{
    /// <summary>Options for the accounts tables in the SQLite database at <paramref name="path"/>; <paramref name="pooling"/> as in <see cref="SqliteProvider.ConnectionString"/>.</summary>
    public static DbContextOptions<AccountsDbContext> Options(string path, bool pooling = false)
    {
        return new DbContextOptionsBuilder<AccountsDbContext>()
            .UseSqlite(SqliteProvider.ConnectionString(path, pooling), o => o
                .MigrationsAssembly(typeof(SqliteAccounts).Assembly.GetName().Name)
                .MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .Options;
    }
}
