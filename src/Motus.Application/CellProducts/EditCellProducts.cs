using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Data;
using Motus.Data.Auditing;
using Motus.Domain.CellTherapy;
using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Domain.Validation;

namespace Motus.Application.CellProducts;

/// <summary>
/// Lists, adds and corrects a study's cell-product lots (study-level, not site-level: see docs/adr/0006). Reading needs
/// <see cref="AccessScope.CanReadRecords"/> and writing <see cref="AccessScope.CanEdit"/>, both in a study where the caller
/// covers at least one site; an autologous lot's donor must be a patient at the caller's sites. Checks: CP-01 to CP-03
/// and, on an edit, the administration rules (ADM-03 release before dose, ADM-04 autologous to donor only) for every
/// patient who received the lot, whatever their site. An edit needs a reason; lots are never deleted. On any error
/// nothing is saved.
/// </summary>
public sealed class EditCellProducts(MotusDatabase database)
{
    /// <summary>The lots of <paramref name="study"/>, or null when the caller has no site in it.</summary>
    public async Task<CellProductList?> ListAsync(AccessScope access, string study, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanReadRecords, "open cell-product lots");
        await using var db = await database.OpenAsync(ct);
        if (await StudyAccess.FindAsync(db, access, study, ct) is not { } found)
        {
            return null;
        }

        var products = await db.CellProducts.AsNoTracking().Where(c => c.StudyId == found.Study.Id).ToListAsync(ct);
        var visible = access.Patients(db.Patients).Where(p => p.StudyId == found.Study.Id);
        var donorIds = products.Where(p => p.Details.DonorPatientId is not null).Select(p => p.Details.DonorPatientId!.Value).ToList();
        var donors = await visible.Where(p => donorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var given = await (from a in db.Administrations.AsNoTracking()
                           join p in visible on a.PatientId equals p.Id
                           group a by a.Details.CellProductId into g
                           select new { Product = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Product, x => x.Count, ct);
        var views = new List<CellProductView>();
        foreach (var product in products.OrderBy(p => p.Details.Lot, StringComparer.Ordinal))
        {
            views.Add(await ViewAsync(db, product, donors, given.GetValueOrDefault(product.Id), ct));
        }

        return new CellProductList(found.Study.ProtocolId, found.Study.IsDateShifted, views);
    }

    /// <summary>The lot <paramref name="id"/> of <paramref name="study"/> for the edit form, or null when unknown, not visible, or autologous with a donor at another site.</summary>
    public async Task<CellProductView?> FindAsync(AccessScope access, string study, Guid id, CancellationToken ct = default)
    {
        var list = await ListAsync(access, study, ct);
        return list?.Products.FirstOrDefault(p => p.Id == id && !p.DonorAtAnotherSite);
    }

    /// <summary>Adds a lot to <paramref name="study"/>. A reason is optional (recorded when given).</summary>
    public async Task<RecordWriteResult> AddAsync(AccessScope access, string study, CellProductInput input, AuditSource source, string? reason = null, CancellationToken ct = default)
    {
        RequireEdit(access);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await database.OpenAsync(ct);
        if (await StudyAccess.FindAsync(db, access, study, ct) is not { } found)
        {
            return RecordWriteResult.NotFound();
        }

        var errors = new List<FieldError>();
        EditRecords.CheckReason(reason, required: false, errors);
        var donor = await DonorAsync(db, access, found, input.DonorPatientCode, errors, ct);
        var details = input.ToDetails(donor, errors);
        if (details is null || errors.Count > 0)
        {
            return RecordWriteResult.Invalid(errors);
        }

        var created = CellProduct.Create(found.Study.Id, details, database.Today);
        var violations = new List<RuleViolation>(await LotUniqueAsync(db, found, details.Lot, null, ct));
        violations.AddRange(created.Violations);
        if (violations.Count > 0)
        {
            return RecordWriteResult.Invalid(ToErrors(violations));
        }

        db.CellProducts.Add(created.Value);
        return await SaveAsync(db, created.Value.Id, new ChangeContext(access.Actor, source, Trim(reason)), ct);
    }

    /// <summary>
    /// Replaces the description of lot <paramref name="id"/>. <paramref name="reason"/> is required; a stale
    /// <paramref name="expectedVersion"/> is a conflict. Refused (nothing saved) when a patient's administrations of the
    /// lot would newly break ADM-03 or ADM-04.
    /// </summary>
    public async Task<RecordWriteResult> EditAsync(AccessScope access, string study, Guid id, CellProductInput input, string? reason, long? expectedVersion,
        AuditSource source, CancellationToken ct = default)
    {
        RequireEdit(access);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await database.OpenAsync(ct);
        var found = await StudyAccess.FindAsync(db, access, study, ct);
        var productId = new CellProductId(id);
        var product = found is null ? null : await db.CellProducts.FirstOrDefaultAsync(c => c.Id == productId && c.StudyId == found.Study.Id, ct);
        if (found is null || product is null || (product.Details.DonorPatientId is { } donorId && !await access.Patients(db.Patients).AnyAsync(p => p.Id == donorId, ct)))
        {
            return RecordWriteResult.NotFound(id);
        }

        var version = await RecordVersion.OfAsync(db, nameof(CellProduct), id, ct);
        if (expectedVersion is { } expected && expected != version)
        {
            return RecordWriteResult.Conflict(id, version);
        }

        var errors = new List<FieldError>();
        EditRecords.CheckReason(reason, required: true, errors);
        var donor = await DonorAsync(db, access, found, input.DonorPatientCode, errors, ct);
        var details = input.ToDetails(donor, errors);
        if (details is null || errors.Count > 0)
        {
            return RecordWriteResult.Invalid(errors, id);
        }

        // Every patient who received the lot, at any site: the rules hold for all of them. Loaded before the change; their
        // Products map holds the same tracked lot, so the check after Revise sees the new description.
        var recipients = db.Administrations.Where(a => a.Details.CellProductId == productId).Select(a => a.PatientId);
        var records = await PatientRecords.LoadAsync(db, db.Patients.Where(p => recipients.Contains(p.Id)), includeDeleted: false, ct);
        var before = records.ToDictionary(r => r.Patient.Id, r => PatientRecordRules.Check(r).Select(v => (v.RuleId, v.Field, v.Value)).ToHashSet());
        var violations = new List<RuleViolation>(await LotUniqueAsync(db, found, details.Lot, productId, ct));
        violations.AddRange(product.Revise(details, database.Today));
        if (violations.Count > 0)
        {
            return RecordWriteResult.Invalid(ToErrors(violations), id);
        }

        var broken = new List<FieldError>();
        foreach (var record in records)
        {
            // A patient outside the caller's sites is named by neither code nor values (their dose dates are not the
            // caller's to see): only the rule it would break.
            var visible = access.Covers(record.Patient.SiteId);
            broken.AddRange(PatientRecordRules.Check(record)
                .Where(v => !before[record.Patient.Id].Contains((v.RuleId, v.Field, v.Value)))
                .Select(v => new FieldError(
                    v.RuleId == DomainRules.ReleasedBeforeAdministration.Id ? nameof(CellProductInput.ReleaseDate)
                    : v.RuleId == DomainRules.AutologousToDonorOnly.Id ? nameof(CellProductInput.Origin)
                    : "",
                    visible
                        ? $"Patient {record.Patient.Code}: {v.Message}"
                        : $"A patient at another site who received this lot would break rule {v.RuleId} ({RuleText(v.RuleId)}).",
                    v.RuleId)));
        }

        if (broken.Count > 0)
        {
            return RecordWriteResult.Invalid(broken, id);
        }

        return await SaveAsync(db, productId, new ChangeContext(access.Actor, source, Trim(reason)), ct);
    }

    private static string RuleText(string ruleId) =>
        DomainRules.All.FirstOrDefault(r => r.Id == ruleId)?.Description ?? "a cross-record rule";

    private static async Task<CellProductView> ViewAsync(MotusDbContext db, CellProduct product, Dictionary<PatientId, string> donors, int given, CancellationToken ct)
    {
        var donor = product.Details.DonorPatientId is { } d ? donors.GetValueOrDefault(d) : null;
        var hidden = product.Details.DonorPatientId is not null && donor is null;
        return new CellProductView(product.Id.Value, CellProductInput.From(product.Details, donor), hidden, given,
            await RecordVersion.OfAsync(db, nameof(CellProduct), product.Id.Value, ct));
    }

    /// <summary>The donor named by <paramref name="code"/>: a patient of the study at the caller's sites; an error otherwise. Null when no code is given.</summary>
    private static async Task<PatientId?> DonorAsync(MotusDbContext db, AccessScope access, StudyAccess found, string? code, List<FieldError> errors, CancellationToken ct)
    {
        var text = InputRules.Text(code);
        if (text is null)
        {
            return null;
        }

        var donor = await access.Patients(db.Patients).Where(p => p.StudyId == found.Study.Id && p.Code == text).Select(p => (PatientId?)p.Id).FirstOrDefaultAsync(ct);
        if (donor is null)
        {
            errors.Add(new FieldError(nameof(CellProductInput.DonorPatientCode), $"No patient {text} in study {found.Study.ProtocolId} at your sites."));
        }

        return donor;
    }

    private static async Task<IReadOnlyList<RuleViolation>> LotUniqueAsync(MotusDbContext db, StudyAccess found, string lot, CellProductId? except, CancellationToken ct)
    {
        var lots = await db.CellProducts.AsNoTracking().Where(c => c.StudyId == found.Study.Id && (except == null || c.Id != except))
            .Select(c => c.Details.Lot).ToListAsync(ct);
        return CellProduct.CheckLotUnique(lot, lots);
    }

    private static async Task<RecordWriteResult> SaveAsync(MotusDbContext db, CellProductId id, ChangeContext changes, CancellationToken ct)
    {
        db.Changes = changes;
        await db.SaveChangesAsync(ct);
        return RecordWriteResult.Saved(id.Value, await RecordVersion.OfAsync(db, nameof(CellProduct), id.Value, ct));
    }

    private static void RequireEdit(AccessScope access)
    {
        ArgumentNullException.ThrowIfNull(access);
        access.Require(access.CanEdit, "add or change cell-product lots");
    }

    private static string? Trim(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>Violations as fields of <see cref="CellProductInput"/> (the donor is entered by code).</summary>
    private static List<FieldError> ToErrors(IEnumerable<RuleViolation> violations) =>
        violations.Select(v => new FieldError(v.Field == nameof(CellProductDetails.DonorPatientId) ? nameof(CellProductInput.DonorPatientCode) : v.Field, v.Message, v.RuleId)).ToList();
}
