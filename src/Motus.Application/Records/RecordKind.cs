using Microsoft.EntityFrameworkCore;
using Motus.Data;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Domain.Validation;

namespace Motus.Application.Records;

/// <summary>What every kind of record offers the editor, whatever its type: its name in URLs and pages.</summary>
public interface IRecordKind
{
    /// <summary>The kind in URLs (e.g. <c>alsfrs</c>, <c>adverse-events</c>).</summary>
    string Slug { get; }

    /// <summary>The kind for people (e.g. "ALSFRS-R assessment").</summary>
    string Title { get; }

    /// <summary>The entity's CLR name as the audit trail records it (e.g. <c>AlsfrsAssessment</c>).</summary>
    string EntityType { get; }
}

/// <summary>One kind of clinical record as the editor handles it: how to create it, where it is stored, where it sits in a <see cref="PatientRecord"/>.</summary>
/// <typeparam name="TRecord">The entity.</typeparam>
/// <typeparam name="TDetails">Its content.</typeparam>
public sealed class RecordKind<TRecord, TDetails> : IRecordKind
    where TRecord : ClinicalRecord<TDetails>
    where TDetails : class, IRecordDetails
{
    /// <inheritdoc />
    public required string Slug { get; init; }

    /// <inheritdoc />
    public required string Title { get; init; }

    /// <inheritdoc />
    public string EntityType => typeof(TRecord).Name;

    /// <summary>The domain factory (checks the record's own rules).</summary>
    internal Func<PatientId, TDetails, DateOnly, Validated<TRecord>> Create { get; init; } = null!;

    /// <summary>The table.</summary>
    internal Func<MotusDbContext, DbSet<TRecord>> Set { get; init; } = null!;

    /// <summary>The patient's records of this kind.</summary>
    internal Func<PatientRecord, IReadOnlyList<TRecord>> List { get; init; } = null!;

    /// <summary>The patient record with this kind's list replaced (to check cross-record rules before saving).</summary>
    internal Func<PatientRecord, IReadOnlyList<TRecord>, PatientRecord> WithList { get; init; } = null!;
}
