using Motus.Application.Analyses;
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
        var study = await StudyCohortLoader.ResolveStudyAsync(db, protocolId, ct);
        var records = await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.StudyId == study.Id), ct: ct);
        return StudyReportBuilder.Build(study, records, options, database.Clock.GetUtcNow()).Render();
    }
}
