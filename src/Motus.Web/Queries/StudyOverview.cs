using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Domain.Events;
using Motus.Domain.Safety;

namespace Motus.Web.Queries;

/// <summary>The overview of one study as far as the user can see it.</summary>
/// <param name="ProtocolId">Protocol id.</param>
/// <param name="Name">Name.</param>
/// <param name="DatesShifted">True when dates are shifted day counts (PRO-ACT).</param>
/// <param name="Enrolment">Patients by site and arm.</param>
/// <param name="RecentEvents">The latest clinical events.</param>
/// <param name="SafetySignals">Serious or grade ≥ 3 adverse events without a resolution date.</param>
public sealed record StudyOverviewModel(string ProtocolId, string Name, bool DatesShifted, IReadOnlyList<EnrolmentCell> Enrolment,
    IReadOnlyList<EventLine> RecentEvents, IReadOnlyList<SignalLine> SafetySignals);

/// <summary>Patients of one site in one arm.</summary>
public sealed record EnrolmentCell(string Site, string Arm, int Patients);

/// <summary>One clinical event.</summary>
public sealed record EventLine(string Patient, DateOnly Date, ClinicalEventKind Kind);

/// <summary>One open safety signal.</summary>
public sealed record SignalLine(string Patient, DateOnly Onset, string Term, int? Grade, bool Serious, Relatedness Relatedness);

/// <summary>Builds <see cref="StudyOverviewModel"/>s through the caller's <see cref="AccessScope"/>.</summary>
public sealed class StudyOverview(MotusDatabase database)
{
    private static readonly CtcaeGrade G3 = CtcaeGrade.From(3), G4 = CtcaeGrade.From(4), G5 = CtcaeGrade.From(5);

    /// <summary>How many events and signals are listed.</summary>
    public const int ListLength = 10;

    /// <summary>One overview per study in which the user sees at least one site (administrators: every study).</summary>
    public async Task<IReadOnlyList<StudyOverviewModel>> RunAsync(AccessScope access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await database.OpenAsync(ct);
        var sites = await db.Sites.AsNoTracking().ToListAsync(ct);
        var studies = await db.Studies.AsNoTracking().OrderBy(s => s.ProtocolId).ToListAsync(ct);
        var visibleStudies = access.AllSites ? studies : studies.Where(s => sites.Any(site => site.StudyId == s.Id && access.Covers(site.Id))).ToList();
        var result = new List<StudyOverviewModel>();
        foreach (var study in visibleStudies)
        {
            var patients = access.Patients(db.Patients).Where(p => p.StudyId == study.Id);
            var counts = await patients.GroupBy(p => new { p.SiteId, p.ArmCode }).Select(g => new { g.Key.SiteId, g.Key.ArmCode, Count = g.Count() }).ToListAsync(ct);
            var enrolment = counts.Select(c => new EnrolmentCell(sites.First(s => s.Id == c.SiteId).Code, c.ArmCode ?? "(none)", c.Count))
                .OrderBy(c => c.Site, StringComparer.Ordinal).ThenBy(c => c.Arm, StringComparer.Ordinal).ToList();
            var events = await (from e in db.Events.AsNoTracking() join p in patients on e.PatientId equals p.Id
                                orderby e.Details.Date descending select new { p.Code, e.Details.Date, e.Details.Kind }).Take(ListLength).ToListAsync(ct);
            var aes = await (from a in db.AdverseEvents.AsNoTracking() join p in patients on a.PatientId equals p.Id
                             where a.Details.ResolutionDate == null && (a.Details.Serious || a.Details.Grade == G3 || a.Details.Grade == G4 || a.Details.Grade == G5)
                             orderby a.Details.OnsetDate descending
                             select new { p.Code, a.Details.OnsetDate, a.Details.VerbatimTerm, a.Details.Grade, a.Details.Serious, a.Details.RelatednessToProduct }).Take(ListLength).ToListAsync(ct);
            result.Add(new StudyOverviewModel(study.ProtocolId, study.Name, study.IsDateShifted, enrolment,
                events.Select(e => new EventLine(e.Code, e.Date, e.Kind)).ToList(),
                aes.Select(a => new SignalLine(a.Code, a.OnsetDate, a.VerbatimTerm, a.Grade?.Value, a.Serious, a.RelatednessToProduct)).ToList()));
        }

        return result;
    }
}
