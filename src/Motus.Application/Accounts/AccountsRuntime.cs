using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Database;

namespace Motus.Application.Accounts;

/// <summary>The account services outside the web host (the CLI, tests): a small service provider with Identity over <see cref="AccountsDatabase"/>.</summary>
public static class AccountsRuntime
{
    /// <summary>Migrates the accounts tables of <paramref name="database"/> and returns a provider; create a scope per use and dispose the provider.</summary>
    public static async Task<ServiceProvider> CreateAsync(MotusDatabase database, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var accounts = new AccountsDatabase(database.Options);
        await accounts.InitializeAsync(ct);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(accounts);
        services.AddSingleton(database.Clock);
        services.AddMotusAccounts();
        return services.BuildServiceProvider();
    }
}
