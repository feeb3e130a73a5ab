using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>Which access-log rows to show.</summary>
/// <param name="UserName">Only rows of this user name (an account's rows also when typed in another case); null for all.</param>
/// <param name="Since">Only rows at or after this instant (UTC); null for all.</param>
/// <param name="Event">Only this kind of event; null for all.</param>
/// <param name="Outcome">Only this outcome; null for all.</param>
/// <param name="Limit">At most this many rows, the newest; null for all.</param>
public sealed record AccessLogQuery(string? UserName = null, DateTimeOffset? Since = null, AccessEvent? Event = null, AccessOutcome? Outcome = null, int? Limit = null);

/// <summary>One access-log row as shown.</summary>
/// <param name="Id">Row number (increasing with time of writing).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Event">What happened.</param>
/// <param name="Outcome">How it ended; for a refused sign-in, the class of refusal.</param>
/// <param name="UserName">The account's user name, or the name as typed when no account has it.</param>
/// <param name="KnownUser">True when the name belongs to an account.</param>
/// <param name="RemoteIp">The client's address, if known.</param>
/// <param name="UserAgent">The client's user agent (truncated), if known.</param>
/// <param name="TokenId">The token used, for token use.</param>
/// <param name="Detail">More, e.g. the end of a lockout.</param>
public sealed record AccessLogRow(long Id, DateTimeOffset At, AccessEvent Event, AccessOutcome Outcome, string UserName, bool KnownUser,
    string? RemoteIp, string? UserAgent, Guid? TokenId, string? Detail);
