namespace Motus.Data.Auditing;

/// <summary>Who is changing data, through which path, and why. Set on the context before saving.</summary>
/// <param name="Actor">User name or system identity; required.</param>
/// <param name="Source">Write path.</param>
/// <param name="Reason">Why; required when existing records are changed or deleted.</param>
public sealed record ChangeContext(string Actor, AuditSource Source, string? Reason = null);
