using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Motus.Application.Accounts;
using Motus.Application.Database;

namespace Motus.Web.Hosting;

/// <summary>The clinical database, the accounts database (same store) and the clock.</summary>
public static class DataSetup
{
    /// <summary>Registers <see cref="MotusDatabase"/>, <see cref="AccountsDatabase"/>, <see cref="TimeProvider"/> and the start-up tasks.</summary>
    public static IServiceCollection AddMotusData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // A long-running host reuses SQLite connections (DatabaseOptions.SqlitePooling).
        services.AddSingleton(sp => new MotusDatabase(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value with { SqlitePooling = true }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AccountsDatabase(sp.GetRequiredService<MotusDatabase>().Options));
        services.AddSingleton<StartupReport>();
        services.AddHostedService<StartupTasks>();
        return services;
    }
}
