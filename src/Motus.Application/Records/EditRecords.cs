using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Data;
using Motus.Data.Auditing;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Domain.Validation;

namespace Motus.Application.Records;

/// <summary>
/// Adds, edits and soft-deletes single clinical records: the one write path of the pages and the API. Every write checks
/// the caller's rights and sites (<see cref="AccessScope"/>), validates through the domain (the record's own rules, then
/// the cross-record rules the change would newly break), requires a reason for every edit and delete, and saves in one
/// transaction with its audit rows (actor = the caller). On any error nothing is saved and every problem is returned.
/// </summary>
public sealed class EditRecords(MotusDatabase database)
{
    /// <summary>The longest reason for change accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Adds a record of <paramref name="kind"/> to <paramref name="patient"/>. A reason is optional for a new record (it is recorded when given).</summary>
    public async Task<RecordWriteResult> AddAsync<TRecord, TDetails>(RecordKind<TRecord, TDetails> kind, AccessScope access, PatientKey patient,
        IRecordInput<TDetails> input, AuditSource source, string? reason = null, CancellationToken ct = default)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(input);
        RequireEdit(access);
        await using var db = await database.OpenAsync(ct);
        var record = await LoadAsync(db, access, patient, ct);
        if (record is null)
        {
            return RecordWriteResult.NotFound();
        }

        var errors = new List<FieldError>();
        CheckReason(reason, required: false, errors);
        var details = input.ToDetails(errors);
        if (details is null || errors.Count > 0)
        {
            return RecordWriteResult.Invalid(errors);
        }

        var created = kind.Create(record.Patient.Id, details, database.Today);
        if (!created.IsValid)
        {
            return RecordWriteResult.Invalid(ToErrors(created.Violations, kind));
        }

        var after = kind.WithList(record, [.. kind.List(record), created.Value]);
        var broken = NewlyBroken(record, after, kind);
        if (broken.Count > 0)
        {
            return RecordWriteResult.Invalid(broken);
        }

        kind.Set(db).Add(created.Value);
        return await SaveAsync(db, kind, created.Value.Id, new ChangeContext(access.Actor, source, Trim(reason)), ct);
    }

    /// <summary>
    /// Replaces the content of record <paramref name="id"/>. <paramref name="reason"/> is required. When
    /// <paramref name="expectedVersion"/> is given and the record has moved on since, nothing is saved (conflict).
    /// </summary>
    public async Task<RecordWriteResult> EditAsync<TRecord, TDetails>(RecordKind<TRecord, TDetails> kind, AccessScope access, PatientKey patient, Guid id,
        IRecordInput<TDetails> input, string? reason, long? expectedVersion, AuditSource source, CancellationToken ct = default)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(input);
        RequireEdit(access);
        await using var db = await database.OpenAsync(ct);
        var record = await LoadAsync(db, access, patient, ct);
        var target = record is null ? null : kind.List(record).FirstOrDefault(r => r.Id == id);
        if (record is null || target is null)
        {
            return RecordWriteResult.NotFound(id);
        }

        if (await ConflictAsync(db, kind, id, expectedVersion, ct) is { } conflict)
        {
            return conflict;
        }

        var errors = new List<FieldError>();
        CheckReason(reason, required: true, errors);
        var details = input.ToDetails(errors);
        if (details is null || errors.Count > 0)
        {
            return RecordWriteResult.Invalid(errors, id);
        }

        var before = PatientRecordRules.Check(record);
        var violations = target.Revise(details, database.Today);
        if (violations.Count > 0)
        {
            return RecordWriteResult.Invalid(ToErrors(violations, kind), id);
        }

        var broken = NewlyBroken(before, record, kind);
        if (broken.Count > 0)
        {
            return RecordWriteResult.Invalid(broken, id);
        }

        return await SaveAsync(db, kind, id, new ChangeContext(access.Actor, source, Trim(reason)), ct);
    }

    /// <summary>Soft-deletes record <paramref name="id"/> of <paramref name="kind"/> (it stays in the database and the audit trail). <paramref name="reason"/> is required.</summary>
    public Task<RecordWriteResult> DeleteAsync(IRecordKind kind, AccessScope access, PatientKey patient, Guid id, string? reason, long? expectedVersion,
        AuditSource source, CancellationToken ct = default) => kind switch
        {
            RecordKind<Domain.Assessments.AlsfrsAssessment, Domain.Assessments.AlsfrsDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Assessments.VitalCapacityTest, Domain.Assessments.VitalCapacityDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Assessments.VitalSigns, Domain.Assessments.VitalSignsDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Assessments.BiomarkerResult, Domain.Assessments.BiomarkerDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.CellTherapy.Administration, Domain.CellTherapy.AdministrationDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Safety.AdverseEvent, Domain.Safety.AdverseEventDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Events.ClinicalEvent, Domain.Events.ClinicalEventDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Medications.ConcomitantMedication, Domain.Medications.MedicationDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Assessments.StrengthMeasurement, Domain.Assessments.StrengthDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            RecordKind<Domain.Assessments.AlsaqAssessment, Domain.Assessments.AlsaqDetails> k => DeleteAsync(k, access, patient, id, reason, expectedVersion, source, ct),
            _ => throw new ArgumentException($"Unknown kind of record {kind?.Slug}.", nameof(kind)),
        };

    /// <summary>The current record <paramref name="id"/> of <paramref name="patient"/> with its version, or null when not visible, deleted or unknown.</summary>
    public async Task<RecordForEdit<TDetails>?> FindAsync<TRecord, TDetails>(RecordKind<TRecord, TDetails> kind, AccessScope access, PatientKey patient, Guid id,
        CancellationToken ct = default)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanReadRecords, "open patient records");
        await using var db = await database.OpenAsync(ct);
        var record = await LoadAsync(db, access, patient, ct);
        var target = record is null ? null : kind.List(record).FirstOrDefault(r => r.Id == id);
        return target is null ? null : new RecordForEdit<TDetails>(id, target.Details, await RecordVersion.OfAsync(db, kind.EntityType, id, ct));
    }

    /// <summary>The current record <paramref name="id"/> of <paramref name="kind"/>, untyped, with its version (for the delete page), or null when not visible, deleted or unknown.</summary>
    public async Task<(Domain.Common.IClinicalRecord Record, long Version)?> FindAsync(IRecordKind kind, AccessScope access, PatientKey patient, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanReadRecords, "open patient records");
        await using var db = await database.OpenAsync(ct);
        var record = await LoadAsync(db, access, patient, ct);
        var target = record?.AllRecords().FirstOrDefault(r => r.Record.Id == id && r.Kind == kind.EntityType).Record;
        return target is null ? null : (target, await RecordVersion.OfAsync(db, kind.EntityType, id, ct));
    }

    /// <summary>The current record of <paramref name="patient"/> (for a form's patient header and pick lists: administrations, product lots), or null when not visible.</summary>
    public async Task<PatientRecord?> PatientAsync(AccessScope access, PatientKey patient, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanReadRecords, "open patient records");
        await using var db = await database.OpenAsync(ct);
        return await LoadAsync(db, access, patient, ct);
    }

    private async Task<RecordWriteResult> DeleteAsync<TRecord, TDetails>(RecordKind<TRecord, TDetails> kind, AccessScope access, PatientKey patient, Guid id,
        string? reason, long? expectedVersion, AuditSource source, CancellationToken ct)
        where TRecord : ClinicalRecord<TDetails>
        where TDetails : class, IRecordDetails
    {
        RequireEdit(access);
        await using var db = await database.OpenAsync(ct);
        var record = await LoadAsync(db, access, patient, ct);
        var target = record is null ? null : kind.List(record).FirstOrDefault(r => r.Id == id);
        if (record is null || target is null)
        {
            return RecordWriteResult.NotFound(id);
        }

        if (await ConflictAsync(db, kind, id, expectedVersion, ct) is { } conflict)
        {
            return conflict;
        }

        var errors = new List<FieldError>();
        CheckReason(reason, required: true, errors);
        if (errors.Count > 0)
        {
            return RecordWriteResult.Invalid(errors, id);
        }

        var before = PatientRecordRules.Check(record);
        target.MarkDeleted(database.Clock.GetUtcNow(), reason!.Trim());
        var broken = NewlyBroken(before, record, kind);
        if (broken.Count > 0)
        {
            return RecordWriteResult.Invalid(broken, id);
        }

        return await SaveAsync(db, kind, id, new ChangeContext(access.Actor, source, reason.Trim()), ct);
    }

    private static void RequireEdit(AccessScope access)
    {
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanEdit, "change clinical records");
    }

    /// <summary>The patient's current records (tracked, so that edits save), or null when not visible.</summary>
    private static async Task<PatientRecord?> LoadAsync(MotusDbContext db, AccessScope access, PatientKey patient, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var study = await db.Studies.AsNoTracking().Where(s => s.ProtocolId == patient.Study).Select(s => (StudyId?)s.Id).FirstOrDefaultAsync(ct);
        if (study is null)
        {
            return null;
        }

        var query = access.Patients(db.Patients).Where(p => p.StudyId == study.Value && p.Code == patient.Code);
        var records = await PatientRecords.LoadAsync(db, query, includeDeleted: false, ct);
        return records.Count == 1 ? records[0] : null;
    }

    private static async Task<RecordWriteResult?> ConflictAsync(MotusDbContext db, IRecordKind kind, Guid id, long? expected, CancellationToken ct)
    {
        if (expected is not { } version)
        {
            return null;
        }

        var current = await RecordVersion.OfAsync(db, kind.EntityType, id, ct);
        return current == version ? null : RecordWriteResult.Conflict(id, current);
    }

    private static async Task<RecordWriteResult> SaveAsync(MotusDbContext db, IRecordKind kind, Guid id, ChangeContext changes, CancellationToken ct)
    {
        db.Changes = changes;
        await db.SaveChangesAsync(ct);
        return RecordWriteResult.Saved(id, await RecordVersion.OfAsync(db, kind.EntityType, id, ct));
    }

    internal static void CheckReason(string? reason, bool required, List<FieldError> errors)
    {
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new FieldError("Reason", "Give a reason for the change; it is recorded in the audit trail with your name and the time."));
        }
        else if (reason is not null && reason.Trim().Length > MaxReasonLength)
        {
            errors.Add(new FieldError("Reason", $"The reason is {reason.Trim().Length} characters long; at most {MaxReasonLength} are accepted."));
        }
    }

    private static string? Trim(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>The cross-record rules that <paramref name="after"/> breaks and <paramref name="before"/> did not (imported data may already break some; an unrelated entry must not be blocked by them).</summary>
    private static List<FieldError> NewlyBroken(PatientRecord before, PatientRecord after, IRecordKind kind) =>
        NewlyBroken(PatientRecordRules.Check(before), after, kind);

    private static List<FieldError> NewlyBroken(IReadOnlyList<RuleViolation> before, PatientRecord after, IRecordKind kind)
    {
        var known = before.Select(v => (v.RuleId, v.Field, v.Value)).ToHashSet();
        return ToErrors(PatientRecordRules.Check(after).Where(v => !known.Contains((v.RuleId, v.Field, v.Value))).ToList(), kind);
    }

    /// <summary>Domain violations as field errors: a field of this kind (<c>AdverseEvent.OnsetDate</c> or <c>OnsetDate</c>) keeps its name; a field of another record goes to the record as a whole.</summary>
    private static List<FieldError> ToErrors(IReadOnlyList<RuleViolation> violations, IRecordKind kind)
    {
        var prefix = kind.EntityType + ".";
        return violations.Select(v => new FieldError(
            v.Field.StartsWith(prefix, StringComparison.Ordinal) ? v.Field[prefix.Length..] : v.Field.Contains('.', StringComparison.Ordinal) ? "" : v.Field,
            v.Message, v.RuleId)).ToList();
    }
}
