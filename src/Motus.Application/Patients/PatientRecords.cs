using Microsoft.EntityFrameworkCore;
using Motus.Data;
using Motus.Domain.Common;
using Motus.Domain.Patients;
using Motus.Domain.Records;
using Motus.Domain.Studies;

namespace Motus.Application.Patients;

/// <summary>Loads whole patient records (patient + every clinical record) in a few set-based queries.</summary>
public static class PatientRecords
{
    /// <summary>
    /// Loads the records of the patients selected by <paramref name="patients"/>, ordered by code. Each kind of record
    /// is read with one query. Soft-deleted records are included only when <paramref name="includeDeleted"/>.
    /// </summary>
    public static async Task<List<PatientRecord>> LoadAsync(MotusDbContext db, IQueryable<Patient> patients, bool includeDeleted = false, CancellationToken ct = default)
    {
        var list = await patients.OrderBy(p => p.Code).ToListAsync(ct);
        if (list.Count == 0)
        {
            return [];
        }

        var ids = patients.Select(p => p.Id);
        var studyIds = list.Select(p => p.StudyId).Distinct().ToList();
        var studies = await db.Studies.Include(s => s.Arms).Include(s => s.VisitSchedule).Where(s => studyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var products = await db.CellProducts.Where(c => studyIds.Contains(c.StudyId)).ToDictionaryAsync(c => c.Id, ct);

        var alsfrs = await Load(db.Alsfrs, ids, includeDeleted, ct);
        var vc = await Load(db.VitalCapacity, ids, includeDeleted, ct);
        var strength = await Load(db.Strength, ids, includeDeleted, ct);
        var vitals = await Load(db.VitalSigns, ids, includeDeleted, ct);
        var alsaq = await Load(db.Alsaq, ids, includeDeleted, ct);
        var biomarkers = await Load(db.Biomarkers, ids, includeDeleted, ct);
        var administrations = await Load(db.Administrations, ids, includeDeleted, ct);
        var aes = await Load(db.AdverseEvents, ids, includeDeleted, ct);
        var meds = await Load(db.Medications, ids, includeDeleted, ct);
        var events = await Load(db.Events, ids, includeDeleted, ct);

        return list.Select(p => new PatientRecord
        {
            Patient = p,
            Study = studies.GetValueOrDefault(p.StudyId),
            Alsfrs = alsfrs[p.Id].OrderBy(r => r.Details.Date).ToList(),
            VitalCapacity = vc[p.Id].OrderBy(r => r.Details.Date).ToList(),
            Strength = strength[p.Id].OrderBy(r => r.Details.Date).ToList(),
            VitalSigns = vitals[p.Id].OrderBy(r => r.Details.Date).ToList(),
            Alsaq = alsaq[p.Id].OrderBy(r => r.Details.Date).ToList(),
            Biomarkers = biomarkers[p.Id].OrderBy(r => r.Details.Date).ToList(),
            Administrations = administrations[p.Id].OrderBy(r => r.Details.Date).ToList(),
            AdverseEvents = aes[p.Id].OrderBy(r => r.Details.OnsetDate).ToList(),
            Medications = meds[p.Id].OrderBy(r => r.Details.StartDate).ToList(),
            Events = events[p.Id].OrderBy(r => r.Details.Date).ToList(),
            Products = products,
        }).ToList();
    }

    /// <summary>The study with this protocol id, with its arms and visit schedule, or null.</summary>
    public static Task<Study?> FindStudyAsync(MotusDbContext db, string protocolId, CancellationToken ct = default) =>
        db.Studies.Include(s => s.Arms).Include(s => s.VisitSchedule).FirstOrDefaultAsync(s => s.ProtocolId == protocolId, ct);

    private static async Task<ILookup<PatientId, T>> Load<T>(DbSet<T> set, IQueryable<PatientId> ids, bool includeDeleted, CancellationToken ct)
        where T : class, IClinicalRecord
    {
        var query = includeDeleted ? set.IgnoreQueryFilters() : set;
        var rows = await query.Where(r => ids.Contains(r.PatientId)).ToListAsync(ct);
        return rows.ToLookup(r => r.PatientId);
    }
}
