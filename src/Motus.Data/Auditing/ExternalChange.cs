namespace Motus.Data.Auditing;

/// <summary>
/// A change to data kept outside the clinical model (user accounts, access tokens) that still belongs in the audit
/// trail; written by <see cref="MotusDbContext.AppendAuditAsync"/>. Never put a secret (password, token, token hash)
/// in a value.
/// </summary>
/// <param name="EntityType">Kind of entity, e.g. <c>User</c> or <c>AccessToken</c>.</param>
/// <param name="EntityId">The entity's key, e.g. the user name or the token id.</param>
/// <param name="Action">Create or update.</param>
/// <param name="Field">The changed field for an update; null for a create.</param>
/// <param name="OldValue">The value before, invariant text.</param>
/// <param name="NewValue">The value after (for a create, JSON of every audited field).</param>
public sealed record ExternalChange(string EntityType, string EntityId, AuditAction Action, string? Field, string? OldValue, string? NewValue);
