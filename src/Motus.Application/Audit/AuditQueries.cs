using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Data.Auditing;

namespace Motus.Application.Audit;

/// <summary>Reads and verifies the audit trail.</summary>
public sealed class AuditQueries(MotusDatabase database)
{
    /// <summary>Verifies the hash chain (edited, inserted or removed rows).</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await AuditChain.VerifyAsync(db, ct);
    }

    /// <summary>Audit rows in sequence order, optionally for one patient code (in any study), the newest <paramref name="limit"/> when given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LogAsync(string? patientCode = null, int? limit = null, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (patientCode is not null)
        {
            var ids = (await db.Patients.IgnoreQueryFilters().Where(p => p.Code == patientCode).Select(p => p.Id).ToListAsync(ct))
                .Select(id => (Guid?)id.Value).ToList();
            if (ids.Count == 0)
            {
                throw new MotusException(ExitCategory.Usage, $"No patient with code {patientCode}.");
            }

            query = query.Where(a => ids.Contains(a.PatientId));
        }

        if (limit is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(limit));
            var newest = await query.OrderByDescending(a => a.Sequence).Take(n).ToListAsync(ct);
            newest.Reverse();
            return newest;
        }

        return await query.OrderBy(a => a.Sequence).ToListAsync(ct);
    }
}
