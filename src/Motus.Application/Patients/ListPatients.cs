using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Domain.Events;
using Motus.Domain.Patients;

namespace Motus.Application.Patients;

/// <summary>Filters for the patient list.</summary>
/// <param name="ProtocolId">Only this study, when given.</param>
/// <param name="SiteCode">Only this site, when given.</param>
/// <param name="ArmCode">Only this arm, when given.</param>
/// <param name="Search">Only codes containing this text, when given.</param>
public sealed record ListPatientsRequest(string? ProtocolId = null, string? SiteCode = null, string? ArmCode = null, string? Search = null);

/// <summary>One line of the patient list.</summary>
public sealed record PatientSummary(
    string Code, string Study, string Site, string? Arm, Sex Sex, int? YearOfBirth, OnsetRegion OnsetRegion,
    DateOnly? OnsetDate, DateOnly? EnrolmentDate, int AlsfrsCount, DateOnly? LastAlsfrsDate, string Status);

/// <summary>Lists current patients with a few facts about each.</summary>
public sealed class ListPatients(MotusDatabase database)
{
    /// <summary>Runs the query; rows ordered by study and code.</summary>
    public async Task<IReadOnlyList<PatientSummary>> RunAsync(ListPatientsRequest request, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var query = from p in db.Patients
                    join s in db.Studies on p.StudyId equals s.Id
                    join site in db.Sites on p.SiteId equals site.Id
                    select new { p, Protocol = s.ProtocolId, SiteCode = site.Code };
        if (request.ProtocolId is { } protocol) { query = query.Where(x => x.Protocol == protocol); }
        if (request.SiteCode is { } siteCode) { query = query.Where(x => x.SiteCode == siteCode); }
        if (request.ArmCode is { } arm) { query = query.Where(x => x.p.ArmCode == arm); }
        if (request.Search is { } search) { query = query.Where(x => x.p.Code.Contains(search)); }

        var rows = await query.OrderBy(x => x.Protocol).ThenBy(x => x.p.Code).ToListAsync(ct);
        var ids = query.Select(x => x.p.Id);
        var ratings = await db.Alsfrs.Where(a => ids.Contains(a.PatientId))
            .GroupBy(a => a.PatientId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(a => a.Details.Date) })
            .ToDictionaryAsync(x => x.Key, ct);
        var milestones = await db.Events.Where(e => ids.Contains(e.PatientId)
                && (e.Details.Kind == ClinicalEventKind.Death || e.Details.Kind == ClinicalEventKind.Withdrawal || e.Details.Kind == ClinicalEventKind.LostToFollowUp))
            .Select(e => new { e.PatientId, e.Details.Kind })
            .ToListAsync(ct);
        var status = milestones.ToLookup(m => m.PatientId, m => m.Kind);

        return rows.Select(x =>
        {
            var r = ratings.GetValueOrDefault(x.p.Id);
            return new PatientSummary(x.p.Code, x.Protocol, x.SiteCode, x.p.ArmCode, x.p.Sex, x.p.YearOfBirth, x.p.OnsetRegion,
                x.p.OnsetDate, x.p.EnrolmentDate, r?.Count ?? 0, r?.Last, Status(status[x.p.Id], x.p.WithdrawalDate));
        }).ToList();
    }

    private static string Status(IEnumerable<ClinicalEventKind> kinds, DateOnly? withdrawal)
    {
        var set = kinds.ToHashSet();
        return set.Contains(ClinicalEventKind.Death) ? "deceased"
            : set.Contains(ClinicalEventKind.Withdrawal) || withdrawal is not null ? "withdrawn"
            : set.Contains(ClinicalEventKind.LostToFollowUp) ? "lost to follow-up"
            : "active";
    }
}
