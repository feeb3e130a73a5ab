using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Data.Auditing;
using Motus.Domain.Records;

namespace Motus.Web.Queries;

/// <summary>A patient's whole record and its audit history, for the patient page and the API.</summary>
/// <param name="Record">The record (current and deleted records).</param>
/// <param name="Site">The site's code.</param>
/// <param name="History">The record's audit rows, oldest first.</param>
public sealed record PatientView(PatientRecord Record, string Site, IReadOnlyList<AuditEntry> History);

/// <summary>Reads single patients through the caller's <see cref="AccessScope"/>: a patient outside it is "not found".</summary>
public sealed class PatientQueries(MotusDatabase database)
{
    /// <summary>The patient <paramref name="code"/> of study <paramref name="protocolId"/> when visible, else null.</summary>
    public async Task<PatientView?> FindAsync(AccessScope access, string protocolId, string code, bool withHistory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await database.OpenAsync(ct);
        var study = await db.Studies.AsNoTracking().Where(s => s.ProtocolId == protocolId).Select(s => s.Id).FirstOrDefaultAsync(ct);
        var query = access.Patients(db.Patients).Where(p => p.StudyId == study && p.Code == code);
        var records = await PatientRecords.LoadAsync(db, query, includeDeleted: true, ct: ct);
        if (records.Count != 1)
        {
            return null;
        }

        var record = records[0];
        var site = await db.Sites.Where(s => s.Id == record.Patient.SiteId).Select(s => s.Code).FirstAsync(ct);
        IReadOnlyList<AuditEntry> history = [];
        if (withHistory)
        {
            Guid? id = record.Patient.Id.Value;
            history = await db.AuditEntries.AsNoTracking().Where(a => a.PatientId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        }

        return new PatientView(record, site, history);
    }
}
