using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data;
using Motus.Domain.Events;
using Motus.Domain.Patients;

namespace Motus.Application.Patients;

/// <summary>Filters for the patient list.</summary>
/// <param name="ProtocolId">Only this study, when given.</param>
/// <param name="SiteCode">Only this site, when given.</param>
/// <param name="ArmCode">Only this arm, when given.</param>
/// <param name="Search">Only codes containing this text, when given.</param>
/// <param name="Status">Only patients with this status (<see cref="PatientStatuses"/>), when given.</param>
/// <param name="Stage">Only patients whose King's stage at their latest ALSFRS-R rating is this (<see cref="PatientStages"/>), when given.</param>
public sealed record ListPatientsRequest(string? ProtocolId = null, string? SiteCode = null, string? ArmCode = null, string? Search = null, string? Status = null, string? Stage = null);

/// <summary>One line of the patient list.</summary>
/// <remarks><c>KingsStage</c> is the King's stage at the latest ALSFRS-R rating (<see cref="PatientStages"/>).</remarks>
public sealed record PatientSummary(
    string Code, string Study, string Site, string? Arm, Sex Sex, int? YearOfBirth, OnsetRegion OnsetRegion,
    DateOnly? OnsetDate, DateOnly? EnrolmentDate, int AlsfrsCount, DateOnly? LastAlsfrsDate, string Status, string KingsStage);

/// <summary>One page of the patient list.</summary>
/// <param name="Rows">The patients of the page.</param>
/// <param name="Total">Patients matching the filters, on every page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Patients per page.</param>
public sealed record PatientPage(IReadOnlyList<PatientSummary> Rows, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The statuses of the patient list.</summary>
public static class PatientStatuses
{
    /// <summary>Every status, in the order shown.</summary>
    public static IReadOnlyList<string> All { get; } = ["active", "deceased", "withdrawn", "lost to follow-up"];
}

/// <summary>Lists the current patients visible in an <see cref="AccessScope"/> with a few facts about each.</summary>
public sealed class ListPatients(MotusDatabase database)
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Runs the query over the patients visible in <paramref name="access"/>; rows ordered by study and code.</summary>
    public async Task<IReadOnlyList<PatientSummary>> RunAsync(ListPatientsRequest request, AccessScope access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await database.OpenAsync(ct);
        var query = await StageFilterAsync(db, Filter(db, request, access), request.Stage, ct);
        var rows = await query.OrderBy(x => x.Protocol).ThenBy(x => x.Patient.Code).ToListAsync(ct);
        return await SummariseAsync(db, rows, ct);
    }

    /// <summary>One page (from 1) of the list, with the total count, straight from the database (a long-running host pages through <see cref="PatientDirectory"/>, whose tests compare it with this).</summary>
    public async Task<PatientPage> PageAsync(ListPatientsRequest request, AccessScope access, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(access);
        CheckPage(page, pageSize);
        await using var db = await database.OpenAsync(ct);
        var query = await StageFilterAsync(db, Filter(db, request, access), request.Stage, ct);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(x => x.Protocol).ThenBy(x => x.Patient.Code).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PatientPage(await SummariseAsync(db, rows, ct), total, page, pageSize);
    }

    /// <summary>Throws a usage error unless <paramref name="page"/> ≥ 1 and <paramref name="pageSize"/> is between 1 and <see cref="MaxPageSize"/>.</summary>
    internal static void CheckPage(int page, int pageSize)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            throw new MotusException(ExitCategory.Usage, $"page must be ≥ 1 and pageSize between 1 and {MaxPageSize} (page {page}, pageSize {pageSize} given).");
        }
    }

    /// <summary>Throws a usage error for an unknown status or stage filter.</summary>
    internal static void CheckFilters(ListPatientsRequest request)
    {
        if (request.Status is { } status && !PatientStatuses.All.Contains(status, StringComparer.Ordinal))
        {
            throw new MotusException(ExitCategory.Usage, $"Unknown status {status}; statuses: {string.Join(", ", PatientStatuses.All)}.");
        }

        if (request.Stage is { } stage && !PatientStages.All.Contains(stage, StringComparer.Ordinal))
        {
            throw new MotusException(ExitCategory.Usage, $"Unknown stage {stage}; stages: {string.Join(", ", PatientStages.All)}.");
        }
    }

    /// <summary>The visible current patients with their study's protocol id and site code, filtered by <paramref name="request"/> except for its stage.</summary>
    internal static IQueryable<Row> Filter(MotusDbContext db, ListPatientsRequest request, AccessScope access)
    {
        ArgumentNullException.ThrowIfNull(access);
        CheckFilters(request);
        var patients = access.Patients(db.Patients);
        var query = from p in patients
                    join s in db.Studies on p.StudyId equals s.Id
                    join site in db.Sites on p.SiteId equals site.Id
                    select new Row { Patient = p, Protocol = s.ProtocolId, SiteCode = site.Code };
        if (request.ProtocolId is { } protocol) { query = query.Where(x => x.Protocol == protocol); }
        if (request.SiteCode is { } siteCode) { query = query.Where(x => x.SiteCode == siteCode); }
        if (request.ArmCode is { } arm) { query = query.Where(x => x.Patient.ArmCode == arm); }
        if (request.Search is { } search) { query = query.Where(x => x.Patient.Code.Contains(search)); }
        if (request.Status is { } status)
        {
            var died = db.Events.Where(e => e.Details.Kind == ClinicalEventKind.Death).Select(e => e.PatientId);
            var withdrew = db.Events.Where(e => e.Details.Kind == ClinicalEventKind.Withdrawal).Select(e => e.PatientId);
            var lost = db.Events.Where(e => e.Details.Kind == ClinicalEventKind.LostToFollowUp).Select(e => e.PatientId);
            query = status switch
            {
                "deceased" => query.Where(x => died.Contains(x.Patient.Id)),
                "withdrawn" => query.Where(x => !died.Contains(x.Patient.Id) && (withdrew.Contains(x.Patient.Id) || x.Patient.WithdrawalDate != null)),
                "lost to follow-up" => query.Where(x => !died.Contains(x.Patient.Id) && !withdrew.Contains(x.Patient.Id) && x.Patient.WithdrawalDate == null && lost.Contains(x.Patient.Id)),
                _ /* "active" (CheckFilters refused the rest) */ => query.Where(x => !died.Contains(x.Patient.Id) && !withdrew.Contains(x.Patient.Id) && x.Patient.WithdrawalDate == null && !lost.Contains(x.Patient.Id)),
            };
        }

        return query;
    }

    // The stage is computed (Motus.Analysis), not stored: stage every candidate, then keep the matching ids.
    private static async Task<IQueryable<Row>> StageFilterAsync(MotusDbContext db, IQueryable<Row> query, string? stage, CancellationToken ct)
    {
        if (stage is null)
        {
            return query;
        }

        var candidates = await query.Select(x => x.Patient.Id).ToListAsync(ct);
        var stages = await PatientStages.AtLatestRatingAsync(db, candidates, ct);
        var keep = candidates.Where(id => stages[id] == stage).ToList();
        return query.Where(x => keep.Contains(x.Patient.Id));
    }

    /// <summary>The list lines of <paramref name="rows"/>, in their order.</summary>
    internal static async Task<List<PatientSummary>> SummariseAsync(MotusDbContext db, List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(x => x.Patient.Id).ToList();
        var stages = await PatientStages.AtLatestRatingAsync(db, ids, ct);
        var ratings = new Dictionary<Domain.Common.PatientId, (int Count, DateOnly Last)>();
        var status = new List<(Domain.Common.PatientId PatientId, ClinicalEventKind Kind)>();
        foreach (var chunk in ids.Chunk(1000))
        {
            var batch = chunk.ToList();
            foreach (var g in await db.Alsfrs.Where(a => batch.Contains(a.PatientId)).GroupBy(a => a.PatientId)
                         .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(a => a.Details.Date) }).ToListAsync(ct))
            {
                ratings[g.Key] = (g.Count, g.Last);
            }

            status.AddRange((await db.Events.Where(e => batch.Contains(e.PatientId)
                    && (e.Details.Kind == ClinicalEventKind.Death || e.Details.Kind == ClinicalEventKind.Withdrawal || e.Details.Kind == ClinicalEventKind.LostToFollowUp))
                .Select(e => new { e.PatientId, e.Details.Kind }).ToListAsync(ct)).Select(e => (e.PatientId, e.Kind)));
        }

        var kinds = status.ToLookup(m => m.PatientId, m => m.Kind);
        return rows.Select(x =>
        {
            var has = ratings.TryGetValue(x.Patient.Id, out var r);
            return new PatientSummary(x.Patient.Code, x.Protocol, x.SiteCode, x.Patient.ArmCode, x.Patient.Sex, x.Patient.YearOfBirth, x.Patient.OnsetRegion,
                x.Patient.OnsetDate, x.Patient.EnrolmentDate, has ? r.Count : 0, has ? r.Last : null, Status(kinds[x.Patient.Id], x.Patient.WithdrawalDate), stages[x.Patient.Id]);
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

    /// <summary>A patient with its study's protocol id and site code; a member-init projection (not a constructor) so that EF Core can translate filters on it.</summary>
    internal sealed class Row
    {
        public required Patient Patient { get; init; }
        public required string Protocol { get; init; }
        public required string SiteCode { get; init; }
    }
}
