namespace Motus.Application.Accounts;

/// <summary>A user to create.</summary>
/// <param name="UserName">Unique, never reused sign-in name (letters, digits, <c>-._@</c>).</param>
/// <param name="DisplayName">Full name.</param>
/// <param name="Role">One of <see cref="Access.MotusRoles.All"/>.</param>
/// <param name="SiteCodes">Sites the user belongs to (not needed for administrators, who see every site).</param>
/// <param name="ProtocolId">The study of the sites, needed when a site code exists in several studies.</param>
public sealed record NewUser(string UserName, string DisplayName, string Role, IReadOnlyList<string> SiteCodes, string? ProtocolId = null);

/// <summary>A created user and the generated password, shown once.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="Password">The generated password.</param>
public sealed record CreatedUser(string UserName, string Password);

/// <summary>One line of the user list.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="DisplayName">Full name.</param>
/// <param name="Roles">Roles.</param>
/// <param name="Sites">Sites as <c>PROTOCOL/SITE</c>.</param>
/// <param name="Disabled">True when disabled.</param>
/// <param name="LockedOutUntil">End of a current lockout (UTC), if any.</param>
/// <param name="CreatedAt">When created (UTC).</param>
public sealed record UserSummary(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Sites, bool Disabled, DateTimeOffset? LockedOutUntil, DateTimeOffset CreatedAt);
