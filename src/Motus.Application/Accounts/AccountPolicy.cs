using Microsoft.AspNetCore.Identity;

namespace Motus.Application.Accounts;

/// <summary>
/// Password and lockout rules (docs/adr/0005-accounts-context.md): long passwords rather than composition rules
/// (NIST SP 800-63B §5.1.1.2), lockout after <see cref="MaxFailedSignIns"/> failed sign-ins for <see cref="LockoutMinutes"/> minutes.
/// </summary>
public static class AccountPolicy
{
    /// <summary>Minimum password length.</summary>
    public const int MinimumPasswordLength = 12;
    /// <summary>Failed sign-ins before a lockout.</summary>
    public const int MaxFailedSignIns = 5;
    /// <summary>Lockout duration in minutes.</summary>
    public const int LockoutMinutes = 15;

    /// <summary>Applies the rules to Identity's options.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
        options.SignIn.RequireConfirmedAccount = false;
    }
}
