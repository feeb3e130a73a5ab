using Microsoft.EntityFrameworkCore;

namespace Motus.Data.Postgres;

/// <summary>PostgreSQL configuration: a connection string (<c>Host=…;Database=…;Username=…;Password=…</c>), migrations from this assembly.</summary>
public static class PostgresProvider
{
    /// <summary>Options for the PostgreSQL database named in <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<MotusDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<MotusDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name))
            .Options;
}
