using Microsoft.EntityFrameworkCore;
using Motus.Data.Accounts;

namespace Motus.Data.Postgres;

/// <summary>PostgreSQL configuration of the accounts context: the same database as the clinical data, migrations from this assembly.</summary>
public static class PostgresAccounts
{
    /// <summary>Options for the accounts tables in the PostgreSQL database named in <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<AccountsDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AccountsDbContext>()
            .UseNpgsql(connectionString, o => o
                .MigrationsAssembly(typeof(PostgresAccounts).Assembly.GetName().Name)
                .MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .Options;
}
