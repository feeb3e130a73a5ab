using Microsoft.EntityFrameworkCore.Design;
using Motus.Data.Accounts;

namespace Motus.Data.Postgres;

/// <summary>Used by <c>dotnet ef migrations add … --context AccountsDbContext --project src/Motus.Data.Postgres</c> only; no server is contacted.</summary>
public sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    /// <inheritdoc />
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(PostgresAccounts.Options("Host=localhost;Database=motus_design;Username=motus"));
}
