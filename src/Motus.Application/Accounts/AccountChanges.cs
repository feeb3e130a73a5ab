namespace Motus.Application.Accounts;

/// <summary>What changed about an account, for <see cref="IAccountChangeNotifier"/>.</summary>
public enum AccountChangeKind
{
    /// <summary>The user was disabled.</summary>
    Disabled = 1,
    /// <summary>The user's role and/or sites changed.</summary>
    AccessChanged = 2,
    /// <summary>An administrator ended the user's lockout.</summary>
    Unlocked = 3,
    /// <summary>Failed sign-ins locked the user out.</summary>
    LockedOut = 4,
    /// <summary>One of the user's tokens was revoked (<see cref="AccountChange.TokenId"/>).</summary>
    TokenRevoked = 5,
}

/// <summary>An account change that anything caching the user's access or tokens must honour at once.</summary>
/// <param name="UserId">The account's id (the <c>NameIdentifier</c> claim).</param>
/// <param name="UserName">The account's user name.</param>
/// <param name="Kind">What changed.</param>
/// <param name="TokenId">The revoked token, for <see cref="AccountChangeKind.TokenRevoked"/>; else null.</param>
public sealed record AccountChange(string UserId, string UserName, AccountChangeKind Kind, Guid? TokenId = null);

/// <summary>
/// Told after an account change has been committed (disable, role or site change, unlock, lockout, token revoke), so
/// that a cache of access scopes or token lookups can drop the user's entries. The default does nothing; the web host
/// may register its own (singleton). Called on the request that made the change; it must be quick and must not throw.
/// </summary>
public interface IAccountChangeNotifier
{
    /// <summary>The account changed.</summary>
    void AccountChanged(AccountChange change);
}

/// <summary>The default <see cref="IAccountChangeNotifier"/>: nothing caches account data.</summary>
public sealed class NoAccountChangeNotifier : IAccountChangeNotifier
{
    /// <inheritdoc />
    public void AccountChanged(AccountChange change) { }
}
