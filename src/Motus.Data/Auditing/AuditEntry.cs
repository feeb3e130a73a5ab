namespace Motus.Data.Auditing;

/// <summary>
/// One row of the audit trail: who changed what, when, from which value to which, and why. Rows are append-only and
/// chained: <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> ‖ canonical content), so editing, inserting or
/// removing a row breaks the chain (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>When the change was saved (UTC, truncated to microseconds so every database stores it exactly).</summary>
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>User name, or the system identity (e.g. <c>cli:root</c>).</summary>
    public string Actor { get; set; } = "";

    /// <summary>The write path.</summary>
    public AuditSource Source { get; set; }

    /// <summary>Create, update or delete.</summary>
    public AuditAction Action { get; set; }

    /// <summary>CLR name of the entity type (e.g. <c>AlsfrsAssessment</c>).</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The entity's key.</summary>
    public string EntityId { get; set; } = "";

    /// <summary>The patient the entity belongs to, for filtering; null for study-level entities.</summary>
    public Guid? PatientId { get; set; }

    /// <summary>The changed field (e.g. <c>Details.Q1Speech</c>); null for a create, whose <see cref="NewValue"/> holds every field as JSON.</summary>
    public string? Field { get; set; }

    /// <summary>The value before the change, invariant text; null for a create or a missing value.</summary>
    public string? OldValue { get; set; }

    /// <summary>The value after the change, invariant text (JSON of every field for a create).</summary>
    public string? NewValue { get; set; }

    /// <summary>Why; required for every change after creation.</summary>
    public string? Reason { get; set; }

    /// <summary>Hash of the previous row (empty for the first row), hex.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 of <see cref="PreviousHash"/> and this row's content, hex.</summary>
    public string Hash { get; set; } = "";
}

/// <summary>Kind of change.</summary>
public enum AuditAction
{
    /// <summary>A record was created.</summary>
    Create = 1,
    /// <summary>A field of a record was changed.</summary>
    Update = 2,
    /// <summary>A record was soft-deleted.</summary>
    Delete = 3,
}

/// <summary>The write path a change came through.</summary>
public enum AuditSource
{
    /// <summary>The <c>motus</c> command line.</summary>
    Cli = 1,
    /// <summary>A bulk import (PRO-ACT, FHIR…).</summary>
    Import = 2,
    /// <summary>The web user interface.</summary>
    Ui = 3,
    /// <summary>The REST API.</summary>
    Api = 4,
    /// <summary>The system itself (migrations, seeding).</summary>
    System = 5,
}
