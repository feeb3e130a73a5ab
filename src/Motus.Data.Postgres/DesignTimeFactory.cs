using Microsoft.EntityFrameworkCore.Design;

namespace Motus.Data.Postgres;

/// <summary>Used by <c>dotnet ef migrations add … --project src/Motus.Data.Postgres</c> only; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotusDbContext>
{
    /// <inheritdoc />
    public MotusDbContext CreateDbContext(string[] args) =>
        new(PostgresProvider.Options("Host=localhost;Database=motus_design;Username=motus"), TimeProvider.System);
}
