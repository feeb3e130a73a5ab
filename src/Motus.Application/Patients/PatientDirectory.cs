using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Application.Database;
using Motus.Domain.Common;

namespace Motus.Application.Patients;

/// <summary>One patient in the <see cref="PatientDirectory"/>.</summary>
/// <param name="Id">The patient.</param>
/// <param name="Site">The patient's site (for access checks).</param>
/// <param name="LastChange">Sequence number of the last audit row about this patient or its records (0 when none).</param>
/// <param name="Summary">The patient-list line.</param>
public sealed record DirectoryEntry(PatientId Id, SiteId Site, long LastChange, PatientSummary Summary);

/// <summary>
/// The patient list of a long-running host (the web app), kept in memory and brought up to date from the audit trail:
/// every request reads the <see cref="DataVersion"/> (one primary-key lookup) and, when it has moved, the directory
/// reads the audit rows since its own version and recomputes only the patients they name (a change to a study or a
/// site, or more than <see cref="IncrementalLimit"/> patients, rebuilds it). A request therefore never sees data older
/// than the version it read, and paging, filters and counts cost microseconds instead of a join, a count and a sort
/// over every patient. Lines and filters are those of <see cref="ListPatients"/> (the same query builds them; a test
/// compares the two); rows are ordered by protocol id, then code, by ordinal (code-point) comparison.
/// </summary>
public sealed class PatientDirectory(MotusDatabase database) : IDisposable
{
    /// <summary>More changed patients than this since the last refresh rebuild the whole directory.</summary>
    public const int IncrementalLimit = 2000;

    private static readonly IComparer<DirectoryEntry> Order = Comparer<DirectoryEntry>.Create((a, b) =>
    {
        var byStudy = string.CompareOrdinal(a.Summary.Study, b.Summary.Study);
        return byStudy != 0 ? byStudy : string.CompareOrdinal(a.Summary.Code, b.Summary.Code);
    });

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _current;

    /// <summary>Full rebuilds so far (for tests and diagnostics).</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Incremental refreshes so far (for tests and diagnostics).</summary>
    public int Refreshes { get; private set; }

    /// <summary>The directory as of <paramref name="version"/> or later (see <see cref="DataVersion"/>).</summary>
    public async Task<Snapshot> AtLeastAsync(long version, CancellationToken ct = default)
    {
        if (_current is { } now && now.Version >= version)
        {
            return now;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Version >= version)
            {
                return again;
            }

            var next = await RefreshAsync(_current, ct);
            _current = next;
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refresh.Dispose();

    /// <summary>The directory as of the database's current version.</summary>
    public async Task<Snapshot> CurrentAsync(CancellationToken ct = default) => await AtLeastAsync(await database.ReadVersionAsync(ct), ct);

    private async Task<Snapshot> RefreshAsync(Snapshot? old, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var version = await DataVersion.ReadAsync(db, ct);
        if (old is not null)
        {
            var changes = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > old.Version && a.Sequence <= version)
                .Select(a => new { a.Sequence, a.PatientId, a.EntityType }).ToListAsync(ct);
            var structural = changes.Any(c => c.PatientId is null && c.EntityType is nameof(Domain.Studies.Study) or nameof(Domain.Studies.Site));
            var shared = changes.Where(c => c.PatientId is null && !IsAccount(c.EntityType)).Select(c => c.Sequence).DefaultIfEmpty(old.SharedChange).Max();
            var touched = changes.Where(c => c.PatientId is not null).GroupBy(c => c.PatientId!.Value).ToDictionary(g => new PatientId(g.Key), g => g.Max(c => c.Sequence));
            if (!structural && touched.Count <= IncrementalLimit)
            {
                Refreshes++;
                if (touched.Count == 0)
                {
                    return old with { Version = version, SharedChange = shared };
                }

                var ids = touched.Keys.ToList();
                var fresh = await EntriesAsync(db, ids, ct);
                var entries = old.Entries.Where(e => !touched.ContainsKey(e.Id)).ToList();
                entries.AddRange(fresh.Select(e => e with { LastChange = touched[e.Id] })); // newer than anything the old snapshot held
                return Snapshot.Create(version, shared, entries);
            }
        }

        Rebuilds++;
        var all = await EntriesAsync(db, null, ct);
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.PatientId != null && a.Sequence <= version)
            .GroupBy(a => a.PatientId).Select(g => new { g.Key, Last = g.Max(a => a.Sequence) }).ToDictionaryAsync(x => new PatientId(x.Key!.Value), x => x.Last, ct);
        var sharedChange = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PatientId == null && a.Sequence <= version && a.EntityType != AccountAudit.User && a.EntityType != AccountAudit.AccessToken)
            .MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
        return Snapshot.Create(version, sharedChange, all.Select(e => e with { LastChange = last.GetValueOrDefault(e.Id) }).ToList());
    }

    private static bool IsAccount(string entityType) => entityType is AccountAudit.User or AccountAudit.AccessToken;

    // The current patients among ids (every current patient when null), LastChange 0.
    private static async Task<List<DirectoryEntry>> EntriesAsync(Data.MotusDbContext db, List<PatientId>? ids, CancellationToken ct)
    {
        var result = new List<DirectoryEntry>();
        var chunks = ids is null ? [null] : ids.Chunk(1000).Select(c => c.ToList()).ToList<List<PatientId>?>();
        foreach (var chunk in chunks)
        {
            var query = ListPatients.Filter(db, new ListPatientsRequest(), AccessScope.Unrestricted("directory"));
            if (chunk is not null)
            {
                query = query.Where(x => chunk.Contains(x.Patient.Id));
            }

            var rows = await query.ToListAsync(ct);
            var lines = await ListPatients.SummariseAsync(db, rows, ct);
            result.AddRange(rows.Select((r, i) => new DirectoryEntry(r.Patient.Id, r.Patient.SiteId, 0, lines[i])));
        }

        return result;
    }

    /// <summary>The directory at one version: immutable, shared by every request that reads it.</summary>
    public sealed record Snapshot
    {
        private Dictionary<(string Study, string Code), DirectoryEntry> _byCode = [];

        /// <summary>The <see cref="DataVersion"/> it reflects.</summary>
        public long Version { get; internal init; }

        /// <summary>
        /// Sequence number of the last audit row about data shared by a study's patients (studies, sites, arms, visit
        /// schedules, cell products; not accounts): a patient's page shows some of it, so a page read before it is stale.
        /// </summary>
        public long SharedChange { get; internal init; }

        /// <summary>Every current patient, ordered by protocol id, then code (ordinal).</summary>
        public IReadOnlyList<DirectoryEntry> Entries { get; private init; } = [];

        internal static Snapshot Create(long version, long sharedChange, List<DirectoryEntry> entries)
        {
            entries.Sort(Order);
            return new Snapshot
            {
                Version = version,
                SharedChange = sharedChange,
                Entries = entries,
                _byCode = entries.ToDictionary(e => (e.Summary.Study, e.Summary.Code)),
            };
        }

        /// <summary>The current patient <paramref name="code"/> of study <paramref name="protocolId"/> when <paramref name="access"/> covers its site, else null.</summary>
        public DirectoryEntry? Find(AccessScope access, string protocolId, string code)
        {
            ArgumentNullException.ThrowIfNull(access);
            return _byCode.TryGetValue((protocolId, code), out var e) && access.Covers(e.Site) ? e : null;
        }

        /// <summary>One page (from 1) of the patients visible in <paramref name="access"/> that match <paramref name="request"/>; the same checks and errors as <see cref="ListPatients.PageAsync"/>.</summary>
        public PatientPage Page(ListPatientsRequest request, AccessScope access, int page, int pageSize)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(access);
            ListPatients.CheckPage(page, pageSize);
            ListPatients.CheckFilters(request);
            var sites = access.AllSites ? null : access.Sites.ToHashSet();
            var skip = (long)(page - 1) * pageSize; // long: a huge page number must give an empty page, not overflow
            var rows = new List<PatientSummary>(pageSize);
            if (sites is null && request is { ProtocolId: null, SiteCode: null, ArmCode: null, Search: null, Status: null, Stage: null })
            {
                for (var i = skip; i < Entries.Count && rows.Count < pageSize; i++)
                {
                    rows.Add(Entries[(int)i].Summary);
                }

                return new PatientPage(rows, Entries.Count, page, pageSize);
            }

            var total = 0;
            foreach (var e in Entries)
            {
                var s = e.Summary;
                if ((sites is null || sites.Contains(e.Site))
                    && (request.ProtocolId is null || s.Study == request.ProtocolId)
                    && (request.SiteCode is null || s.Site == request.SiteCode)
                    && (request.ArmCode is null || s.Arm == request.ArmCode)
                    && (request.Search is null || s.Code.Contains(request.Search, StringComparison.Ordinal))
                    && (request.Status is null || s.Status == request.Status)
                    && (request.Stage is null || s.KingsStage == request.Stage))
                {
                    if (total >= skip && rows.Count < pageSize)
                    {
                        rows.Add(s);
                    }

                    total++;
                }
            }

            return new PatientPage(rows, total, page, pageSize);
        }
    }
}
