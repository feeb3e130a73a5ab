using Microsoft.EntityFrameworkCore.Design;

namespace Motus.Data.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add … --project src/Motus.Data.Sqlite</c> only.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotusDbContext>
{
    /// <inheritdoc />
    public MotusDbContext CreateDbContext(string[] args) => new(SqliteProvider.Options("design-time.db"), TimeProvider.System);
}
