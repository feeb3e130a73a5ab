namespace Motus.Data.Accounts;

/// <summary>
/// A personal access token for scripts. Only the SHA-256 of its high-entropy secret is stored: the secret is shown
/// once, when created. A token expires, can be revoked, and acts with its owner's current roles and sites.
/// </summary>
public sealed class AccessToken
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public string UserId { get; set; } = "";

    /// <summary>What the owner called it (e.g. "nightly export").</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When revoked (UTC); null while not revoked.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When last used (UTC).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
