using Microsoft.AspNetCore.Identity;

namespace Motus.Data.Accounts;

/// <summary>A person who signs in to Motus. User names are never reused: a leaver is disabled, not deleted.</summary>
public sealed class MotusUser : IdentityUser
{
    /// <summary>Full name shown in the UI.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the account was disabled (UTC); a disabled user can neither sign in nor use a token.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>True when disabled.</summary>
    public bool IsDisabled => DisabledAt is not null;
}
