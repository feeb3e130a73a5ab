using Microsoft.EntityFrameworkCore;
using Motus.Data;
using Motus.Domain.Studies;

namespace Motus.Application.Access;

/// <summary>A study as the caller sees it: the study (with arms and visits) and the caller's sites in it.</summary>
/// <param name="Study">The study.</param>
/// <param name="Sites">The study's sites the caller covers (every site for administrators), by code.</param>
public sealed record StudyAccess(Study Study, IReadOnlyList<Site> Sites)
{
    /// <summary>
    /// The study <paramref name="protocolId"/> when the caller covers at least one of its sites (administrators: any
    /// study), else null — a study without a site of the caller's is "not found", like another site's patient.
    /// </summary>
    public static async Task<StudyAccess?> FindAsync(MotusDbContext db, AccessScope access, string protocolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var study = await db.Studies.Include(s => s.Arms).Include(s => s.VisitSchedule).FirstOrDefaultAsync(s => s.ProtocolId == protocolId, ct);
        if (study is null)
        {
            return null;
        }

        var sites = (await db.Sites.AsNoTracking().Where(s => s.StudyId == study.Id).ToListAsync(ct))
            .Where(s => access.Covers(s.Id)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        return sites.Count == 0 ? null : new StudyAccess(study, sites);
    }

    /// <summary>The caller's site of the study with <paramref name="code"/> (exact, then case-insensitive), or null.</summary>
    public Site? Site(string? code) =>
        Sites.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal))
        ?? Sites.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}
