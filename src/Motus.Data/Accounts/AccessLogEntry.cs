namespace Motus.Data.Accounts;

/// <summary>
/// One row of the access log: a sign-in (succeeded or refused, with the class of refusal), the start of a lockout, a
/// sign-out, or a personal access token's use (at most one row a minute per token). Append-only (the database refuses
/// UPDATE and DELETE) but not hash-chained, and kept apart from the clinical audit trail
/// (docs/adr/0005-accounts-context.md, addendum). Never holds a password or a token.
/// </summary>
public sealed class AccessLogEntry
{
    /// <summary>Longest stored user name (as typed, for refused sign-ins).</summary>
    public const int UserNameLength = 256;

    /// <summary>Longest stored user agent; longer ones are truncated.</summary>
    public const int UserAgentLength = 200;

    /// <summary>Longest stored remote address (an IPv6 address with a zone fits).</summary>
    public const int RemoteIpLength = 64;

    /// <summary>Longest stored detail.</summary>
    public const int DetailLength = 200;

    /// <summary>Row number, increasing with time of writing.</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened.</summary>
    public AccessEvent Event { get; set; }

    /// <summary>How it ended.</summary>
    public AccessOutcome Outcome { get; set; }

    /// <summary>The user name: the account's for known users, as typed (control characters replaced) for an unknown one.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The account's id, when the name belongs to an account.</summary>
    public string? UserId { get; set; }

    /// <summary>The token used, for <see cref="AccessEvent.TokenUse"/>.</summary>
    public Guid? TokenId { get; set; }

    /// <summary>The client's address as the server saw it (behind a proxy: the proxy's), if known.</summary>
    public string? RemoteIp { get; set; }

    /// <summary>The client's User-Agent header, truncated to <see cref="UserAgentLength"/> characters.</summary>
    public string? UserAgent { get; set; }

    /// <summary>More about the event, e.g. the end of a lockout.</summary>
    public string? Detail { get; set; }
}

/// <summary>Kind of access-log event (stored by name).</summary>
public enum AccessEvent
{
    /// <summary>A sign-in with user name and password, succeeded or refused (see <see cref="AccessOutcome"/>).</summary>
    SignIn = 1,
    /// <summary>A lockout began (after too many wrong passwords).</summary>
    LockoutStarted = 2,
    /// <summary>A signed-in user signed out.</summary>
    SignOut = 3,
    /// <summary>A personal access token was used (at most one row a minute per token).</summary>
    TokenUse = 4,
}

/// <summary>How an access-log event ended (stored by name).</summary>
public enum AccessOutcome
{
    /// <summary>Succeeded (every event but a refused sign-in).</summary>
    Succeeded = 1,
    /// <summary>Refused: no account has that user name.</summary>
    UnknownUser = 2,
    /// <summary>Refused: the password was wrong.</summary>
    WrongPassword = 3,
    /// <summary>Refused: the account was locked out (the password was not checked).</summary>
    LockedOut = 4,
    /// <summary>Refused: the account is disabled (the password was not checked).</summary>
    Disabled = 5,
    /// <summary>Refused by an Identity rule other than the above (e.g. an unconfirmed account, two-factor pending).</summary>
    NotAllowed = 6,
}
