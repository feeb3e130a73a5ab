using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>
/// The access log (docs/adr/0005-accounts-context.md, addendum): sign-ins with the class of a refusal, lockouts,
/// sign-outs and token use (written by <see cref="AccessTokens"/>, at most once a minute per token) go to the
/// append-only <c>AccessLog</c> table of the accounts context, never to the clinical audit trail. Rows hold the UTC
/// time, the user name (as typed when no account has it), the client's address and user agent; never a password or token.
/// </summary>
public sealed class AccessLog(AccountsDbContext accounts, TimeProvider clock, IRequestOrigin origin, IAccountChangeNotifier notifier)
{
    /// <summary>
    /// The outcome of a password sign-in, in this order: succeeded; no such account; account disabled; account already
    /// locked out before this attempt (Identity does not check the password then); refused by another Identity rule;
    /// otherwise a wrong password — and when that wrong password locked the account, <c>LockoutStarted</c> is true.
    /// </summary>
    /// <param name="accountExists">An account has the typed name.</param>
    /// <param name="disabled">The account is disabled.</param>
    /// <param name="lockedOutBefore">The account was locked out before the attempt.</param>
    /// <param name="result">Identity's result of the attempt.</param>
    public static (AccessOutcome Outcome, bool LockoutStarted) ClassifySignIn(bool accountExists, bool disabled, bool lockedOutBefore, SignInResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? (AccessOutcome.Succeeded, false)
            : !accountExists ? (AccessOutcome.UnknownUser, false)
            : disabled ? (AccessOutcome.Disabled, false)
            : lockedOutBefore ? (AccessOutcome.LockedOut, false)
            : result.IsNotAllowed || result.RequiresTwoFactor ? (AccessOutcome.NotAllowed, false)
            : (AccessOutcome.WrongPassword, result.IsLockedOut);
    }

    /// <summary>
    /// Logs a password sign-in attempt (see <see cref="ClassifySignIn"/>): one <see cref="AccessEvent.SignIn"/> row, and a
    /// <see cref="AccessEvent.LockoutStarted"/> row when this attempt locked the account. Returns the outcome.
    /// </summary>
    /// <param name="typedName">The user name as typed.</param>
    /// <param name="account">The account with that name (its state after the attempt), or null.</param>
    /// <param name="lockedOutBefore">The account was locked out before the attempt.</param>
    /// <param name="result">Identity's result.</param>
    /// <param name="ct">Cancels.</param>
    public async Task<AccessOutcome> RecordSignInAsync(string typedName, MotusUser? account, bool lockedOutBefore, SignInResult result, CancellationToken ct = default)
    {
        var (outcome, lockoutStarted) = ClassifySignIn(account is not null, account?.IsDisabled == true, lockedOutBefore, result);
        var now = clock.GetUtcNow();
        var name = account?.UserName ?? typedName;
        accounts.AccessLog.Add(Row(now, AccessEvent.SignIn, outcome, name, account?.Id, null, null));
        if (lockoutStarted)
        {
            var until = account!.LockoutEnd?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            accounts.AccessLog.Add(Row(now, AccessEvent.LockoutStarted, AccessOutcome.Succeeded, name, account.Id, null,
                $"{AccountPolicy.MaxFailedSignIns} failed sign-ins; locked until {until ?? "unknown"}"));
        }

        await accounts.SaveChangesAsync(ct);
        if (lockoutStarted)
        {
            notifier.AccountChanged(new AccountChange(account!.Id, name, AccountChangeKind.LockedOut));
        }

        return outcome;
    }

    /// <summary>Logs a sign-out of <paramref name="account"/>.</summary>
    public async Task RecordSignOutAsync(MotusUser account, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        accounts.AccessLog.Add(Row(clock.GetUtcNow(), AccessEvent.SignOut, AccessOutcome.Succeeded, account.UserName ?? "", account.Id, null, null));
        await accounts.SaveChangesAsync(ct);
    }

    /// <summary>Adds (does not save) a token-use row; <see cref="AccessTokens"/> saves it with the token's last use.</summary>
    internal void AddTokenUse(DateTimeOffset at, MotusUser owner, Guid tokenId) =>
        accounts.AccessLog.Add(Row(at, AccessEvent.TokenUse, AccessOutcome.Succeeded, owner.UserName ?? "", owner.Id, tokenId, null));

    /// <summary>The rows matching <paramref name="query"/>, newest first.</summary>
    public async Task<IReadOnlyList<AccessLogRow>> QueryAsync(AccessLogQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit, nameof(query.Limit));
        }

        IQueryable<AccessLogEntry> rows = accounts.AccessLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var typed = query.UserName.Trim();
            var normalized = typed.ToUpperInvariant();
            var id = await accounts.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
            rows = id is null ? rows.Where(r => r.UserName == typed) : rows.Where(r => r.UserId == id || r.UserName == typed);
        }

        if (query.Since is { } since)
        {
            var from = since.ToUniversalTime();
            rows = rows.Where(r => r.At >= from);
        }

        if (query.Event is { } ev)
        {
            rows = rows.Where(r => r.Event == ev);
        }

        if (query.Outcome is { } outcome)
        {
            rows = rows.Where(r => r.Outcome == outcome);
        }

        rows = rows.OrderByDescending(r => r.Id);
        if (query.Limit is { } take)
        {
            rows = rows.Take(take);
        }

        return (await rows.ToListAsync(ct)).Select(r => new AccessLogRow(r.Id, r.At, r.Event, r.Outcome, r.UserName, r.UserId is not null,
            r.RemoteIp, r.UserAgent, r.TokenId, r.Detail)).ToList();
    }

    /// <summary>Each account's last successful sign-in (UTC), by user name; accounts that never signed in are absent.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastSignInsAsync(CancellationToken ct = default)
    {
        var newest = accounts.AccessLog.Where(r => r.Event == AccessEvent.SignIn && r.Outcome == AccessOutcome.Succeeded && r.UserId != null)
            .GroupBy(r => r.UserId).Select(g => g.Max(r => r.Id));
        var rows = await accounts.AccessLog.AsNoTracking().Where(r => newest.Contains(r.Id)).Select(r => new { r.UserName, r.At }).ToListAsync(ct);
        return rows.ToDictionary(r => r.UserName, r => r.At, StringComparer.Ordinal);
    }

    private AccessLogEntry Row(DateTimeOffset at, AccessEvent ev, AccessOutcome outcome, string userName, string? userId, Guid? tokenId, string? detail) => new()
    {
        At = at,
        Event = ev,
        Outcome = outcome,
        UserName = Clean(userName, AccessLogEntry.UserNameLength) ?? "",
        UserId = userId,
        TokenId = tokenId,
        RemoteIp = Clean(origin.RemoteIp, AccessLogEntry.RemoteIpLength),
        UserAgent = Clean(origin.UserAgent, AccessLogEntry.UserAgentLength),
        Detail = Clean(detail, AccessLogEntry.DetailLength),
    };

    /// <summary>
    /// Text from the client as stored: control characters (which could rewrite a terminal showing the log) become
    /// U+FFFD, and the text is cut to <paramref name="max"/> characters.
    /// </summary>
    internal static string? Clean(string? text, int max)
    {
        if (text is null)
        {
            return null;
        }

        var chars = text.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray();
        var clean = new string(chars);
        if (clean.Length <= max)
        {
            return clean;
        }

        // Never cut a surrogate pair in half.
        return clean[..(char.IsHighSurrogate(clean[max - 1]) ? max - 1 : max)];
    }
}
