using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Application.Accounts;

/// <summary>A token as listed (never with its secret).</summary>
/// <param name="Id">Id, used to revoke it.</param>
/// <param name="Name">Name.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="ExpiresAt">Expires (UTC).</param>
/// <param name="RevokedAt">Revoked (UTC), if so.</param>
/// <param name="LastUsedAt">Last used (UTC), if ever.</param>
/// <param name="Status">active, expired or revoked.</param>
public sealed record TokenSummary(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, string Status);

/// <summary>The owner of a token that was accepted, and when the token expires.</summary>
/// <param name="User">The owner.</param>
/// <param name="ExpiresAt">The token's expiry (UTC).</param>
public sealed record TokenOwner(MotusUser User, DateTimeOffset ExpiresAt);

/// <summary>A new token: the secret is shown once and stored only as its SHA-256.</summary>
/// <param name="Token">The token's listing.</param>
/// <param name="Secret">The value for <c>Authorization: Bearer …</c>.</param>
public sealed record CreatedToken(TokenSummary Token, string Secret);

/// <summary>
/// Personal access tokens for scripts: <see cref="Prefix"/> + 32 random bytes (base64url), stored as SHA-256 (a
/// high-entropy secret needs no slow hash), with an expiry, revocable; a token acts as its owner, whose disabling or
/// lockout stops it too. Creation and revocation are written to the clinical audit trail in the same transaction
/// (entity <c>AccessToken</c>, keyed by the token id; never the secret or its hash); use is not (it is recorded on
/// the token as its last use, and as a <c>TokenUse</c> row of the <see cref="AccessLog"/>, both at most once a minute).
/// </summary>
public sealed class AccessTokens(AccountsDbContext accounts, MotusDatabase database, TimeProvider clock, AccessLog log, IAccountChangeNotifier notifier)
{
    /// <summary>A token's use is recorded (last use, access-log row) at most once per this interval.</summary>
    public static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    /// <summary>Every secret starts with this, so that leaked tokens are easy to find (e.g. by secret scanners).</summary>
    public const string Prefix = "motus_pat_";

    /// <summary>Lifetime when none is given.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    /// <summary>The longest lifetime allowed.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>Creates a token for <paramref name="userName"/>.</summary>
    /// <param name="userName">The owner.</param>
    /// <param name="name">What the token is for.</param>
    /// <param name="lifetime">Lifetime; <see cref="DefaultLifetime"/> when null.</param>
    /// <param name="by">Who creates it, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task<CreatedToken> CreateAsync(string userName, string name, TimeSpan? lifetime, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(by);
        var life = lifetime ?? DefaultLifetime;
        if (life <= TimeSpan.Zero || life > MaxLifetime)
        {
            throw new MotusException(ExitCategory.Usage, $"A token lives between 1 day and {MaxLifetime.TotalDays:0} days ({life.TotalDays:0.#} days given).");
        }

        var user = await FindUserAsync(userName, ct);
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var token = new AccessToken { Id = Guid.CreateVersion7(), UserId = user.Id, Name = name.Trim(), SecretHash = Hash(secret), CreatedAt = now, ExpiresAt = now + life };
        return await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            accounts.AccessTokens.Add(token);
            await accounts.SaveChangesAsync(ct);
            var snapshot = AccountAudit.Snapshot([("Owner", user.UserName), ("Name", token.Name), ("CreatedAt", token.CreatedAt), ("ExpiresAt", token.ExpiresAt)]);
            IReadOnlyList<ExternalChange> audit = [new(AccountAudit.AccessToken, AuditValueFormatter.Format(token.Id)!, AuditAction.Create, null, null, snapshot)];
            return (new CreatedToken(Summary(token, now), secret), audit);
        }, ct);
    }

    /// <summary>The user's tokens, newest first.</summary>
    public async Task<IReadOnlyList<TokenSummary>> ListAsync(string userName, CancellationToken ct = default)
    {
        var user = await FindUserAsync(userName, ct);
        var now = clock.GetUtcNow();
        var rows = await accounts.AccessTokens.AsNoTracking().Where(t => t.UserId == user.Id).ToListAsync(ct);
        return rows.OrderByDescending(t => t.CreatedAt).Select(t => Summary(t, now)).ToList();
    }

    /// <summary>Revokes one of the user's tokens; a usage error when the user has no such token. Revoking a revoked token changes nothing.</summary>
    /// <param name="userName">The owner.</param>
    /// <param name="id">The token.</param>
    /// <param name="by">Who revokes it, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task RevokeAsync(string userName, Guid id, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var user = await FindUserAsync(userName, ct);
        var token = await accounts.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id, ct)
            ?? throw new MotusException(ExitCategory.Usage, $"{userName} has no token {id}.");
        if (token.RevokedAt is not null)
        {
            return;
        }

        await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            token.RevokedAt = clock.GetUtcNow();
            await accounts.SaveChangesAsync(ct);
            IReadOnlyList<ExternalChange> audit = [new(AccountAudit.AccessToken, AuditValueFormatter.Format(token.Id)!, AuditAction.Update, "RevokedAt", null, AuditValueFormatter.Format(token.RevokedAt))];
            return (true, audit);
        }, ct);
        notifier.AccountChanged(new AccountChange(user.Id, user.UserName!, AccountChangeKind.TokenRevoked, token.Id));
    }

    /// <summary>The owner of a valid (known, unexpired, unrevoked) token whose account is usable, or null.</summary>
    public async Task<MotusUser?> AuthenticateAsync(string secret, CancellationToken ct = default) => (await AuthenticateOwnerAsync(secret, ct))?.User;

    /// <summary>The owner of a valid (known, unexpired, unrevoked) token whose account is usable, with the token's expiry, or null.</summary>
    public async Task<TokenOwner?> AuthenticateOwnerAsync(string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await accounts.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        var user = await accounts.Users.FirstOrDefaultAsync(u => u.Id == token.UserId, ct);
        if (user is null || user.IsDisabled || user.LockoutEnd > now)
        {
            return null;
        }

        await RecordUseAsync(token.Id, token.LastUsedAt, user, ct);
        return new TokenOwner(user, token.ExpiresAt);
    }

    /// <summary>
    /// Records a use of a token: its last use and one <c>TokenUse</c> row of the <see cref="AccessLog"/>, in one
    /// transaction, when the last recorded use (<paramref name="lastUsedSeen"/>, as read) is older than
    /// <see cref="UseRecordInterval"/>; otherwise writes nothing (a write per API call would serialise every request on
    /// SQLite). The update is conditional on the last use still being <paramref name="lastUsedSeen"/>, so concurrent
    /// requests record one use, not one each. Returns true when this call recorded the use.
    /// </summary>
    /// <param name="tokenId">The token.</param>
    /// <param name="lastUsedSeen">Its <c>LastUsedAt</c> as read when the token was looked up.</param>
    /// <param name="owner">The token's owner.</param>
    /// <param name="ct">Cancels.</param>
    public async Task<bool> RecordUseAsync(Guid tokenId, DateTimeOffset? lastUsedSeen, MotusUser owner, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var now = clock.GetUtcNow();
        if (lastUsedSeen is { } last && now - last <= UseRecordInterval)
        {
            return false;
        }

        await using var tx = await accounts.Database.BeginTransactionAsync(ct);
        var claimed = await accounts.AccessTokens.Where(t => t.Id == tokenId && t.LastUsedAt == lastUsedSeen)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        if (claimed == 0)
        {
            return false; // another request recorded this use a moment ago
        }

        log.AddTokenUse(now, owner, tokenId);
        await accounts.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task<MotusUser> FindUserAsync(string userName, CancellationToken ct)
    {
        var normalized = userName.ToUpperInvariant();
        return await accounts.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct)
            ?? throw new MotusException(ExitCategory.Usage, $"No user {userName}.");
    }

    private static TokenSummary Summary(AccessToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, t.RevokedAt is not null ? "revoked" : t.ExpiresAt <= now ? "expired" : "active");
}
