using System.Collections.Concurrent;
using System.Security.Claims;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Application.Database;

namespace Motus.Web.Security;

/// <summary>
/// Who a request is, remembered across requests so that a request does not pay the account queries again: the
/// <see cref="AccessScope"/> of each user and the principal of each valid personal access token. An entry is used only
/// while (1) the database's <see cref="DataVersion"/> is the one it was read at — every change to users, roles, site
/// memberships and tokens is an audit row, so disabling a user, changing their sites or revoking a token takes effect
/// at the next request, also when done by another process such as the CLI — and (2) for at most <see cref="Lifetime"/>
/// (and never past a token's expiry), which bounds how long changes that are not audited count late: a lockout
/// reached by failed sign-ins stops an owner's tokens within <see cref="Lifetime"/>. Failed token checks are not
/// remembered (unknown secrets must not fill memory). Account changes made in this process (including a lockout,
/// which is not audited) also empty it at once (<see cref="IAccountChangeNotifier"/>).
/// </summary>
public sealed class AccessCache(MotusDatabase database, TimeProvider clock) : IAccountChangeNotifier
{
    /// <summary>The longest an entry is used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const int MaxEntries = 10_000;
    private static readonly object VersionKey = new();
    private readonly ConcurrentDictionary<string, Entry<AccessScope?>> _scopes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<ClaimsPrincipal>> _tokens = new(StringComparer.Ordinal);
    // Bumped by Clear: an entry read before a Clear (e.g. a lockout, which moves no version) is not stored after it.
    private long _generation;

    private sealed record Entry<T>(T Value, long Version, DateTimeOffset ValidUntil);

    /// <summary>The <see cref="DataVersion"/> for this request (read once per request).</summary>
    public async ValueTask<long> VersionAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(VersionKey, out var v) && v is long known)
        {
            return known;
        }

        var version = await database.ReadVersionAsync(http.RequestAborted);
        http.Items[VersionKey] = version;
        return version;
    }

    /// <summary>The scope of user <paramref name="userId"/> (null for a disabled or unknown user), from <paramref name="load"/> when not remembered.</summary>
    public async Task<AccessScope?> ScopeAsync(HttpContext http, string userId, Func<Task<AccessScope?>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var version = await VersionAsync(http);
        var now = clock.GetUtcNow();
        if (_scopes.TryGetValue(userId, out var e) && e.Version == version && now < e.ValidUntil)
        {
            return e.Value;
        }

        var generation = Interlocked.Read(ref _generation);
        var scope = await load();
        Put(_scopes, userId, new Entry<AccessScope?>(scope, version, now + Lifetime), generation);
        return scope;
    }

    /// <summary>A copy of the principal remembered for the token whose hash is <paramref name="tokenHash"/>, or null.</summary>
    public async Task<ClaimsPrincipal?> TokenPrincipalAsync(HttpContext http, string tokenHash)
    {
        var version = await VersionAsync(http);
        return _tokens.TryGetValue(tokenHash, out var e) && e.Version == version && clock.GetUtcNow() < e.ValidUntil ? e.Value.Clone() : null;
    }

    /// <summary>The current generation, to pass to <see cref="RememberTokenAsync"/>: take it before checking the token.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Remembers the principal of a valid token (read at this request's version, checked after <paramref name="generation"/>
    /// was taken) until <paramref name="expiresAt"/> at the latest; not when the cache was cleared meanwhile.
    /// </summary>
    public async Task RememberTokenAsync(HttpContext http, string tokenHash, ClaimsPrincipal principal, DateTimeOffset expiresAt, long generation)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var version = await VersionAsync(http);
        var until = clock.GetUtcNow() + Lifetime;
        Put(_tokens, tokenHash, new Entry<ClaimsPrincipal>(principal.Clone(), version, until < expiresAt ? until : expiresAt), generation);
    }

    /// <summary>Any account change forgets everything remembered (changes are rare; the next requests reload).</summary>
    public void AccountChanged(AccountChange change) => Clear();

    /// <summary>Forgets everything remembered.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _scopes.Clear();
        _tokens.Clear();
    }

    private void Put<T>(ConcurrentDictionary<string, Entry<T>> map, string key, Entry<T> entry, long generation)
    {
        if (Interlocked.Read(ref _generation) != generation)
        {
            return; // cleared since the value was read
        }

        if (map.Count >= MaxEntries)
        {
            map.Clear();
        }

        map[key] = entry;
        // A Clear between the read and now: drop what was just stored (it may predate the change).
        if (Interlocked.Read(ref _generation) != generation)
        {
            map.TryRemove(key, out _);
        }
    }
}
