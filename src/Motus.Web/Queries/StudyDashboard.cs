using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Reports;

namespace Motus.Web.Queries;

/// <summary>The study dashboard: the study report's sections (KM by arm, slopes, CAFS, safety, responders beside their natural-history null) over the patients the user can see.</summary>
public sealed class StudyDashboard(MotusDatabase database)
{
    /// <summary>The report as an HTML fragment, or null when the study is unknown or none of its sites is visible.</summary>
    public async Task<HtmlReport?> RunAsync(AccessScope access, string protocolId, StudyReportOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await database.OpenAsync(ct);
        var study = await PatientRecords.FindStudyAsync(db, protocolId, ct);
        if (study is null)
        {
            return null;
        }

        var patients = access.Patients(db.Patients).Where(p => p.StudyId == study.Id);
        var visible = access.Sites.ToList();
        if (!access.AllSites && !await db.Sites.AnyAsync(s => s.StudyId == study.Id && visible.Contains(s.Id), ct))
        {
            return null;
        }

        var records = await PatientRecords.LoadAsync(db, patients, ct: ct);
        var report = StudyReportBuilder.Build(study, records, options, database.Clock.GetUtcNow());
        if (!access.AllSites)
        {
            report.Notice("Only the patients of your sites are included.");
        }

        return report;
    }
}
