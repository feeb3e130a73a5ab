using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>Registers ASP.NET Core Identity (users, roles, EF stores, <see cref="AccountPolicy"/>) for the web host and the CLI alike.</summary>
public static class AccountServices
{
    /// <summary>
    /// Adds the accounts context (from the registered <see cref="AccountsDatabase"/>), Identity's user and role
    /// managers, and the account use cases (with a no-op <see cref="IRequestOrigin"/> and <see cref="IAccountChangeNotifier"/>
    /// unless already registered). The caller registers <see cref="AccountsDatabase"/>,
    /// <see cref="Database.MotusDatabase"/> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IdentityBuilder AddMotusAccounts(this IServiceCollection services)
    {
        services.AddScoped(sp => sp.GetRequiredService<AccountsDatabase>().CreateContext());
        services.AddScoped<ManageUsers>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<AccessLog>();
        // The web host registers its own before this (the HTTP request; a cache invalidator, if any).
        services.TryAddSingleton<IRequestOrigin>(NoRequestOrigin.Instance);
        services.TryAddSingleton<IAccountChangeNotifier, NoAccountChangeNotifier>();
        return services.AddIdentityCore<MotusUser>(AccountPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
    }
}
