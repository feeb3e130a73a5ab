using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Reports;
using Motus.Data.Auditing;
using Motus.Domain.Common;
using Motus.Domain.Records;

namespace Motus.Web.Queries;

/// <summary>A patient's whole record and its audit history, for the patient page and the API.</summary>
/// <param name="Record">The record (current and deleted records).</param>
/// <param name="Site">The site's code.</param>
/// <param name="History">The record's audit rows, oldest first.</param>
public sealed record PatientView(PatientRecord Record, string Site, IReadOnlyList<AuditEntry> History);

/// <summary>
/// Reads single patients through the caller's <see cref="AccessScope"/>: a patient outside it is "not found". The
/// patient is looked up in the <see cref="PatientDirectory"/> at the database's current <see cref="DataVersion"/>;
/// its whole record, audit history and report are then served from <see cref="PatientViewCache"/> while the
/// directory's last change for that patient and its last change to shared study data (e.g. a cell-product lot) are
/// the ones they were read at, and read again from the database otherwise.
/// </summary>
public sealed class PatientQueries(MotusDatabase database, PatientDirectory directory, PatientViewCache cache, TimeProvider clock)
{
    /// <summary>The patient <paramref name="code"/> of study <paramref name="protocolId"/> when visible, else null.</summary>
    public async Task<PatientView?> FindAsync(AccessScope access, string protocolId, string code, bool withHistory, CancellationToken ct)
    {
        var cached = await FindCachedAsync(access, protocolId, code, ct);
        return cached is null ? null : withHistory ? cached.View : cached.View with { History = [] };
    }

    /// <summary>The patient page's report sections (HTML) for <paramref name="code"/> when visible, with the view, else null.</summary>
    public async Task<(PatientView View, string ReportHtml)?> FindWithReportAsync(AccessScope access, string protocolId, string code, CancellationToken ct)
    {
        var cached = await FindCachedAsync(access, protocolId, code, ct);
        return cached is null ? null : (cached.View, cached.ReportHtml.Value);
    }

    private async Task<PatientViewCache.Entry?> FindCachedAsync(AccessScope access, string protocolId, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var known = await directory.CurrentAsync(ct);
        var entry = known.Find(access, protocolId, code);
        if (entry is null)
        {
            return null;
        }

        var version = (entry.LastChange, known.SharedChange);
        if (cache.TryGet(entry.Id, version) is { } hit)
        {
            return hit;
        }

        var view = await LoadAsync(entry.Id, entry.Summary.Site, ct);
        if (view is null)
        {
            return null;
        }

        var generatedAt = clock.GetUtcNow();
        return cache.Add(entry.Id, version, view, new Lazy<string>(() => PatientReportBuilder.Build(view.Record, generatedAt).RenderFragment()));
    }

    private async Task<PatientView?> LoadAsync(PatientId id, string site, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var records = await PatientRecords.LoadAsync(db, db.Patients.Where(p => p.Id == id), includeDeleted: true, ct: ct);
        if (records.Count != 1)
        {
            return null;
        }

        Guid? key = id.Value;
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.PatientId == key).OrderBy(a => a.Sequence).ToListAsync(ct);
        return new PatientView(records[0], site, history);
    }
}

/// <summary>
/// Recently read patients (<see cref="PatientView"/> and report HTML; about 700 at typical size, ~150–200 MB), each valid for the patient's last audit
/// change and last shared change it was read at. Bounded: about <see cref="SizeLimit"/> units, one unit per record, audit row and KiB of
/// report; the least recently used go first.
/// </summary>
public sealed class PatientViewCache : IDisposable
{
    /// <summary>The bound, in units (≈ 1 KiB each: a record, an audit row with its JSON, or a KiB of report HTML).</summary>
    public const long SizeLimit = 150_000;

    private const int ReportUnits = 192;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>A cached patient.</summary>
    /// <param name="Version">The patient's last change and the last shared change it is valid for (<see cref="DirectoryEntry.LastChange"/>, <see cref="PatientDirectory.Snapshot.SharedChange"/>).</param>
    /// <param name="View">The record and history.</param>
    /// <param name="ReportHtml">The report sections, built on first use.</param>
    public sealed record Entry((long Patient, long Shared) Version, PatientView View, Lazy<string> ReportHtml);

    /// <summary>The entry for <paramref name="id"/> if it was read at <paramref name="version"/>.</summary>
    public Entry? TryGet(PatientId id, (long Patient, long Shared) version) =>
        _cache.TryGetValue(id, out Entry? e) && e!.Version == version ? e : null;

    /// <summary>Stores and returns the entry.</summary>
    public Entry Add(PatientId id, (long Patient, long Shared) version, PatientView view, Lazy<string> reportHtml)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Record;
        var records = r.Alsfrs.Count + r.VitalCapacity.Count + r.Strength.Count + r.VitalSigns.Count + r.Alsaq.Count + r.Biomarkers.Count
            + r.Administrations.Count + r.AdverseEvents.Count + r.Medications.Count + r.Events.Count;
        var entry = new Entry(version, view, reportHtml);
        // The report is counted at a typical 192 KiB (≈ 90,000 characters of SVG and tables, UTF-16) before it is built:
        // measured at 10,000 patients, 2,000 cached pages took ~800 MB, most of it report text.
        _cache.Set(id, entry, new MemoryCacheEntryOptions { Size = 1 + records + view.History.Count + ReportUnits });
        return entry;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
