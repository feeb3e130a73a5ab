using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>Registers ASP.NET Core Identity (users, roles, EF stores, <see cref="AccountPolicy"/>) for the web host and the CLI alike.</summary>
public static class AccountServices
{
    /// <summary>Adds the accounts context, Identity's user and role managers, and the account use cases.</summary>
    public static IdentityBuilder AddMotusAccounts(this IServiceCollection services, AccountsDatabase accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        services.AddSingleton(accounts);
        services.AddSingleton(accounts.ContextOptions);
        services.AddScoped<AccountsDbContext>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<AccessTokens>();
        return services.AddIdentityCore<MotusUser>(AccountPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
    }
}
