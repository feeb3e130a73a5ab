using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>Registers ASP.NET Core Identity (users, roles, EF stores, <see cref="AccountPolicy"/>) for the web host and the CLI alike.</summary>
public static class AccountServices
{
    /// <summary>
    /// Adds the accounts context (from the registered <see cref="AccountsDatabase"/>), Identity's user and role
    /// managers, and the account use cases. The caller registers <see cref="AccountsDatabase"/>,
    /// <see cref="Database.MotusDatabase"/> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IdentityBuilder AddMotusAccounts(this IServiceCollection services)
    {
        services.AddScoped(sp => sp.GetRequiredService<AccountsDatabase>().CreateContext());
        services.AddScoped<ManageUsers>();
        services.AddScoped<AccessTokens>();
        return services.AddIdentityCore<MotusUser>(AccountPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
    }
}
