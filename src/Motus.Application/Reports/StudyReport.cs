using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Application.Patients;

namespace Motus.Application.Reports;

/// <summary>The study report use case: load every current patient of a study and build the HTML report.</summary>
public sealed class StudyReport(MotusDatabase database)
{
    /// <summary>The report as HTML; <paramref name="protocolId"/> may be null when the database holds one study.</summary>
    public async Task<string> RunAsync(string? protocolId, StudyReportOptions options, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var studies = await db.Studies.AsNoTracking().Include(s => s.Arms).ToListAsync(ct);
        var study = protocolId is null
            ? studies.Count == 1 ? studies[0] : throw new MotusException(ExitCategory.Usage, studies.Count == 0
                ? "The database holds no study yet; import one first."
                : $"The database holds {studies.Count} studies ({string.Join(", ", studies.Select(s => s.ProtocolId).Order(StringComparer.Ordinal))}); choose one with --study.")
            : studies.FirstOrDefault(s => s.ProtocolId == protocolId) ?? throw new MotusException(ExitCategory.Usage, $"No study {protocolId}.");
        var records = await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.StudyId == study.Id), ct: ct);
        return StudyReportBuilder.Build(study, records, options, database.Clock.GetUtcNow()).Render();
    }
}
