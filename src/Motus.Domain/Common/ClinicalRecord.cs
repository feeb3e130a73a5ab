using Motus.Domain.Validation;

namespace Motus.Domain.Common;

/// <summary>
/// Base of every clinical record of a patient. Its editable content is one immutable <typeparamref name="TDetails"/>
/// value, replaced as a whole by <see cref="Revise"/>. Clinical records are never hard-deleted: deletion sets
/// <see cref="DeletedAt"/> and <see cref="DeletionReason"/>, and the record stays in the database and in the audit trail.
/// </summary>
/// <typeparam name="TDetails">The record's content.</typeparam>
public abstract class ClinicalRecord<TDetails> : IClinicalRecord
    where TDetails : class, IRecordDetails
{
    /// <summary>For EF Core materialisation.</summary>
    protected ClinicalRecord() => Details = null!;

    /// <summary>Creates a record of <paramref name="patientId"/> with a new time-ordered id. The caller has validated <paramref name="details"/>.</summary>
    protected ClinicalRecord(PatientId patientId, TDetails details)
    {
        Id = Guid.CreateVersion7();
        PatientId = patientId;
        Details = details;
    }

    /// <inheritdoc />
    public Guid Id { get; private set; }

    /// <inheritdoc />
    public PatientId PatientId { get; private set; }

    /// <summary>The record's current content.</summary>
    public TDetails Details { get; private set; }

    /// <inheritdoc />
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <inheritdoc />
    public string? DeletionReason { get; private set; }

    /// <inheritdoc />
    public bool IsDeleted => DeletedAt is not null;

    /// <inheritdoc />
    public IRecordDetails Content => Details;

    /// <summary>Replaces the content after checking its rules; nothing changes when any rule is broken.</summary>
    public IReadOnlyList<RuleViolation> Revise(TDetails details, DateOnly today)
    {
        var violations = details.Validate(today);
        if (violations.Count == 0)
        {
            Details = details;
        }

        return violations;
    }

    /// <inheritdoc />
    public void MarkDeleted(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsDeleted)
        {
            throw new InvalidOperationException($"Record {Id} is already deleted.");
        }

        DeletedAt = at.ToUniversalTime();
        DeletionReason = reason;
    }
}

/// <summary>What every clinical record of a patient offers, whatever its content.</summary>
public interface IClinicalRecord
{
    /// <summary>The record's id.</summary>
    Guid Id { get; }

    /// <summary>The patient the record belongs to.</summary>
    PatientId PatientId { get; }

    /// <summary>The record's content, untyped.</summary>
    IRecordDetails Content { get; }

    /// <summary>When the record was soft-deleted (UTC); null while current.</summary>
    DateTimeOffset? DeletedAt { get; }

    /// <summary>Why the record was deleted.</summary>
    string? DeletionReason { get; }

    /// <summary>True when soft-deleted.</summary>
    bool IsDeleted { get; }

    /// <summary>Soft-deletes the record. A reason is required.</summary>
    /// <param name="at">The instant of deletion (UTC).</param>
    /// <param name="reason">Why; at least one non-blank character.</param>
    void MarkDeleted(DateTimeOffset at, string reason);
}
