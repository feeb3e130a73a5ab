using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Records;
using Motus.Data;
using Motus.Data.Auditing;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Validation;

namespace Motus.Application.Patients;

/// <summary>
/// Registers patients and corrects their facts: the one write path of the registration and edit pages and the API.
/// Like <see cref="EditRecords"/>: the caller needs <see cref="AccessScope.CanEdit"/> and may only register at, move
/// to, or edit at their own sites; the input is validated through the domain (<see cref="PatientDetails.Validate"/>,
/// PAT-10 unique code, PAT-11 fixed code, then the cross-record rules the change would newly break); an edit needs a
/// reason; the save writes the audit rows in the same transaction. A patient is never deleted: withdrawal is the
/// withdrawal date (and a withdrawal event). On any error nothing is saved.
/// </summary>
public sealed class EditPatients(MotusDatabase database)
{
    /// <summary>The protocol ids of the studies in which the caller has a site (administrators: every study), in order.</summary>
    public async Task<IReadOnlyList<string>> StudiesAsync(AccessScope access, CancellationToken ct = default)
    {
        RequireEdit(access);
        await using var db = await database.OpenAsync(ct);
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.StudyId }).ToListAsync(ct);
        var studies = await db.Studies.AsNoTracking().Select(s => new { s.Id, s.ProtocolId }).ToListAsync(ct);
        return [.. studies.Where(s => sites.Any(site => site.StudyId == s.Id && access.Covers(site.Id))).Select(s => s.ProtocolId).Order(StringComparer.Ordinal)];
    }

    /// <summary>The sites and arms the forms offer for <paramref name="study"/>, or null when the caller has no site in it.</summary>
    public async Task<PatientFormChoices?> ChoicesAsync(AccessScope access, string study, CancellationToken ct = default)
    {
        RequireEdit(access);
        await using var db = await database.OpenAsync(ct);
        return await StudyAccess.FindAsync(db, access, study, ct) is { } found ? Choices(found) : null;
    }

    /// <summary>Registers a patient in <paramref name="study"/> at one of the caller's sites. A reason is optional (recorded when given).</summary>
    public async Task<PatientWriteResult> RegisterAsync(AccessScope access, string study, PatientInput input, AuditSource source, string? reason = null, CancellationToken ct = default)
    {
        RequireEdit(access);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await database.OpenAsync(ct);
        if (await StudyAccess.FindAsync(db, access, study, ct) is not { } found)
        {
            return PatientWriteResult.NotFound();
        }

        var errors = new List<FieldError>();
        EditRecords.CheckReason(reason, required: false, errors);
        var site = FindSite(found, input.Site, errors);
        var details = input.ToDetails(errors);
        if (details is null || site is null || errors.Count > 0)
        {
            return PatientWriteResult.Invalid(errors, InputRules.Text(input.Code));
        }

        var created = Patient.Create(found.Study.Id, site.Id, details, database.Today);
        var code = details.Code.ToUpperInvariant();
        // Codes are ASCII (PAT-01), so SQL UPPER compares them case-insensitively on both providers; string.Equals with a
        // StringComparison is not translated to SQL.
#pragma warning disable CA1862
        var taken = await db.Patients.IgnoreQueryFilters().Where(p => p.StudyId == found.Study.Id && p.Code.ToUpper() == code).Select(p => p.Code).ToListAsync(ct);
#pragma warning restore CA1862
        var violations = new List<RuleViolation>(Patient.CheckCodeUnique(details.Code, taken));
        if (!created.IsValid)
        {
            violations.AddRange(created.Violations);
        }
        else
        {
            violations.AddRange(PatientRecordRules.Check(new PatientRecord { Patient = created.Value, Study = found.Study }));
        }

        if (violations.Count > 0)
        {
            return PatientWriteResult.Invalid(ToErrors(violations), details.Code);
        }

        db.Patients.Add(created.Value);
        db.Changes = new ChangeContext(access.Actor, source, Trim(reason));
        await db.SaveChangesAsync(ct);
        return PatientWriteResult.Saved(details.Code, await RecordVersion.OfAsync(db, nameof(Patient), created.Value.Id.Value, ct));
    }

    /// <summary>
    /// Replaces the facts of <paramref name="patient"/> (and moves them to another of the caller's sites when
    /// <see cref="PatientInput.Site"/> names one). <paramref name="reason"/> is required; a stale
    /// <paramref name="expectedVersion"/> is a conflict and saves nothing.
    /// </summary>
    public async Task<PatientWriteResult> EditAsync(AccessScope access, PatientKey patient, PatientInput input, string? reason, long? expectedVersion,
        AuditSource source, CancellationToken ct = default)
    {
        RequireEdit(access);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await database.OpenAsync(ct);
        if (await StudyAccess.FindAsync(db, access, patient.Study, ct) is not { } found
            || await LoadAsync(db, access, found, patient.Code, ct) is not { } record)
        {
            return PatientWriteResult.NotFound(patient.Code);
        }

        var target = record.Patient;
        var version = await RecordVersion.OfAsync(db, nameof(Patient), target.Id.Value, ct);
        if (expectedVersion is { } expected && expected != version)
        {
            return PatientWriteResult.Conflict(target.Code, version);
        }

        var errors = new List<FieldError>();
        EditRecords.CheckReason(reason, required: true, errors);
        var site = FindSite(found, input.Site, errors);
        var details = input.ToDetails(errors, storedCode: target.Code);
        if (details is null || site is null || errors.Count > 0)
        {
            return PatientWriteResult.Invalid(errors, target.Code);
        }

        var before = PatientRecordRules.Check(record);
        var violations = target.Revise(details, database.Today);
        if (violations.Count > 0)
        {
            return PatientWriteResult.Invalid(ToErrors(violations), target.Code);
        }

        var known = before.Select(v => (v.RuleId, v.Field, v.Value)).ToHashSet();
        var broken = PatientRecordRules.Check(record).Where(v => !known.Contains((v.RuleId, v.Field, v.Value))).ToList();
        if (broken.Count > 0)
        {
            return PatientWriteResult.Invalid(ToErrors(broken), target.Code);
        }

        if (site.Id != target.SiteId)
        {
            target.TransferTo(site.Id);
        }

        db.Changes = new ChangeContext(access.Actor, source, Trim(reason));
        await db.SaveChangesAsync(ct);
        return PatientWriteResult.Saved(target.Code, await RecordVersion.OfAsync(db, nameof(Patient), target.Id.Value, ct));
    }

    /// <summary>The stored facts of <paramref name="patient"/> with their version, or null when not at the caller's sites.</summary>
    public async Task<PatientForEdit?> FindAsync(AccessScope access, PatientKey patient, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(patient);
        access.Require(access.CanReadRecords, "open patient records");
        await using var db = await database.OpenAsync(ct);
        if (await StudyAccess.FindAsync(db, access, patient.Study, ct) is not { } found)
        {
            return null;
        }

        var p = await access.Patients(db.Patients).AsNoTracking().FirstOrDefaultAsync(p => p.StudyId == found.Study.Id && p.Code == patient.Code, ct);
        if (p is null)
        {
            return null;
        }

        var site = found.Sites.First(s => s.Id == p.SiteId);
        return new PatientForEdit(PatientInput.From(p.Details, site.Code), await RecordVersion.OfAsync(db, nameof(Patient), p.Id.Value, ct));
    }

    private static PatientFormChoices Choices(StudyAccess found) => new(found.Study.ProtocolId, found.Study.IsDateShifted,
        [.. found.Sites.Select(s => (s.Code, s.Name))], [.. found.Study.Arms.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => (a.Code, a.Name))]);

    private static Domain.Studies.Site? FindSite(StudyAccess found, string? code, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null; // reported as required by PatientInput.ToDetails
        }

        var site = found.Site(code.Trim());
        if (site is null)
        {
            errors.Add(new FieldError(nameof(PatientInput.Site),
                $"Site {code.Trim()} is not one of your sites in study {found.Study.ProtocolId} ({string.Join(", ", found.Sites.Select(s => s.Code))}); you may register and keep patients only at your own sites."));
        }

        return site;
    }

    private static async Task<PatientRecord?> LoadAsync(MotusDbContext db, AccessScope access, StudyAccess found, string code, CancellationToken ct)
    {
        var query = access.Patients(db.Patients).Where(p => p.StudyId == found.Study.Id && p.Code == code);
        var records = await PatientRecords.LoadAsync(db, query, includeDeleted: false, ct);
        return records.Count == 1 ? records[0] : null;
    }

    private static void RequireEdit(AccessScope access)
    {
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanEdit, "register or change patients");
    }

    private static string? Trim(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>
    /// Violations as fields of <see cref="PatientInput"/>: the patient's own fields keep their names (<c>Patient.ConsentDate</c> →
    /// <c>ConsentDate</c>); a dose before consent (ADM-06) is about the consent date; any other record's field goes to the patient as a whole.
    /// </summary>
    private static List<FieldError> ToErrors(IEnumerable<RuleViolation> violations) => violations.Select(v => new FieldError(
        v.Field.StartsWith("Patient.", StringComparison.Ordinal) ? v.Field["Patient.".Length..]
        : v.RuleId == DomainRules.AdministrationAfterConsent.Id ? nameof(PatientInput.ConsentDate)
        : v.Field.Contains('.', StringComparison.Ordinal) ? ""
        : v.Field,
        v.Message, v.RuleId)).ToList();
}
