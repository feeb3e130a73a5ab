using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Motus.Data.Postgres;

/// <summary>PostgreSQL configuration: a connection string (<c>Host=…;Database=…;Username=…;Password=…</c>), migrations from this assembly.</summary>
public static class PostgresProvider
{
    /// <summary>Options for the PostgreSQL database named in <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<MotusDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<MotusDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name))
            .Options;

    /// <summary>A plain (closed) connection to the database, for the few hot reads that skip EF Core (see <c>DataVersion</c>).</summary>
    public static DbConnection Connection(string connectionString) => new NpgsqlConnection(connectionString);
}
