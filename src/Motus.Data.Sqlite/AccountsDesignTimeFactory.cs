using Microsoft.EntityFrameworkCore.Design;
using Motus.Data.Accounts;

namespace Motus.Data.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add … --context AccountsDbContext --project src/Motus.Data.Sqlite</c> only.</summary>
public sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    /// <inheritdoc />
    public AccountsDbContext CreateDbContext(string[] args) => new(SqliteAccounts.Options("design-time.db"));
}
