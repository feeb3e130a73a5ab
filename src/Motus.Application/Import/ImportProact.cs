using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Data;
using Motus.Data.Auditing;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Interop.Proact;

namespace Motus.Application.Import;

/// <summary>What to import and on whose behalf.</summary>
/// <param name="Directory">Folder holding the PRO-ACT CSV forms.</param>
/// <param name="ProtocolId">Study to import into (created when new).</param>
/// <param name="StudyName">Name for a new study.</param>
/// <param name="SiteCode">Site the imported patients belong to.</param>
/// <param name="AnchorDate">The calendar date that PRO-ACT day 0 maps to; the study is marked date-shifted.</param>
/// <param name="Actor">Who imports (recorded in the audit trail).</param>
/// <param name="Reason">Reason for change; required only when the import changes existing records.</param>
public sealed record ImportProactRequest(string Directory, string ProtocolId, string StudyName, string SiteCode, DateOnly AnchorDate, string Actor, string? Reason = null);

/// <summary>The outcome: either every error (and nothing written) or the counts of what changed.</summary>
public sealed record ImportProactResult
{
    /// <summary>Every error found; when any, nothing was written.</summary>
    public required IReadOnlyList<ImportError> Errors { get; init; }
    /// <summary>Files in the folder that are not PRO-ACT forms Motus reads.</summary>
    public IReadOnlyList<string> IgnoredFiles { get; init; } = [];
    /// <summary>Data rows read.</summary>
    public long RowsRead { get; init; }
    /// <summary>Patients added.</summary>
    public int PatientsAdded { get; init; }
    /// <summary>Patients already present, possibly with new records.</summary>
    public int PatientsExisting { get; init; }
    /// <summary>Patients whose details were revised (needs a reason).</summary>
    public int PatientsRevised { get; init; }
    /// <summary>Clinical records added.</summary>
    public int RecordsAdded { get; init; }
    /// <summary>Clinical records already present and identical.</summary>
    public int RecordsUnchanged { get; init; }
    /// <summary>Clinical records revised (needs a reason).</summary>
    public int RecordsRevised { get; init; }
    /// <summary>Wall-clock time of the whole import.</summary>
    public TimeSpan Elapsed { get; init; }
    /// <summary>Where the time went, for performance reports; null when the import failed.</summary>
    public ImportPhaseTimes? Phases { get; init; }
    /// <summary>True when the import succeeded.</summary>
    public bool Succeeded => Errors.Count == 0;
    /// <summary>True when the import succeeded and changed nothing (a re-import of the same files).</summary>
    public bool ChangedNothing => Succeeded && PatientsAdded == 0 && PatientsRevised == 0 && RecordsAdded == 0 && RecordsRevised == 0;
}

/// <summary>
/// Imports a PRO-ACT folder all-or-nothing: the files are read and checked completely first; then, in one
/// transaction, new patients and records are added, identical ones are left alone, and changed ones are revised only
/// when a reason is given. Any error rolls everything back.
/// </summary>
public sealed class ImportProact(MotusDatabase database)
{
    private const int PatientsPerSave = 1000;

    /// <summary>Runs the import.</summary>
    public async Task<ImportProactResult> RunAsync(ImportProactRequest request, IProgress<ProactProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        if (!System.IO.Directory.Exists(request.Directory))
        {
            throw new MotusException(ExitCategory.Usage, $"No such folder: {request.Directory}");
        }

        // Reading and checking the files (CPU-bound) overlaps with opening the database, whose first use builds the EF
        // model and compiles its code paths; the read's result is awaited before anything is compared or written.
        var readTime = TimeSpan.Zero;
        var reading = Task.Run(() =>
        {
            var read = ProactReader.Read(request.Directory,
                new ProactImportOptions(request.AnchorDate, request.ProtocolId, request.StudyName, request.SiteCode, database.Today), progress, ct);
            readTime = clock.Elapsed;
            return read;
        }, ct);
        MotusDbContext? opened = null;
        Study? existingStudy;
        try
        {
            opened = await database.OpenAsync(ct);
            existingStudy = await PatientRecords.FindStudyAsync(opened, request.ProtocolId, ct);
        }
        catch
        {
            // Never leave the read running behind a failed open (e.g. no database): let it finish, then report the open error.
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (opened is not null)
            {
                await opened.DisposeAsync();
            }

            throw;
        }

        await using var db = opened;
        var openTime = clock.Elapsed;
        var read = await reading;
        if (existingStudy is not null && existingStudy.DateShiftAnchor != request.AnchorDate)
        {
            return Failed($"study {request.ProtocolId} was imported with anchor date {existingStudy.DateShiftAnchor:yyyy-MM-dd}; use the same --anchor-date ({request.AnchorDate:yyyy-MM-dd} given)", clock);
        }

        if (!read.IsValid || read.Dataset is null)
        {
            return new ImportProactResult { Errors = read.Errors, IgnoredFiles = read.IgnoredFiles, Elapsed = clock.Elapsed };
        }

        var dataset = read.Dataset;
        db.Changes = new ChangeContext(request.Actor, AuditSource.Import, request.Reason);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var (study, site) = await EnsureStudyAndSiteAsync(db, existingStudy, dataset, ct);
        var merger = new ProactMerger(db, study, site, database.Today, request.Reason, studyIsNew: existingStudy is null);
        var mergeTime = TimeSpan.Zero;
        TimeSpan? insertStart = null;
        // Into a study this import created, the merge only takes the patients as read (nothing to look up), so all of
        // them go to one bulk insert: its pipeline then keeps the writer busy from the first chunk to the last, instead
        // of starting empty for every batch.
        var batchSize = existingStudy is null ? Math.Max(1, dataset.Patients.Count) : PatientsPerSave;
        foreach (var batch in dataset.Patients.Chunk(batchSize))
        {
            var merging = Stopwatch.GetTimestamp();
            await merger.MergeAsync(batch, ct);
            mergeTime += Stopwatch.GetElapsedTime(merging);
            if (merger.Errors.Count > 0)
            {
                break;
            }

            insertStart ??= clock.Elapsed;
            await db.InsertNewAsync(merger.TakeNew(), ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var insertTime = clock.Elapsed - (insertStart ?? clock.Elapsed);

        if (merger.Errors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            return new ImportProactResult { Errors = merger.Errors, IgnoredFiles = read.IgnoredFiles, RowsRead = dataset.TotalRows, Elapsed = clock.Elapsed };
        }

        var committing = Stopwatch.GetTimestamp();
        await transaction.CommitAsync(ct);
        var commitTime = Stopwatch.GetElapsedTime(committing);
        return new ImportProactResult
        {
            Errors = [],
            IgnoredFiles = read.IgnoredFiles,
            RowsRead = dataset.TotalRows,
            PatientsAdded = merger.PatientsAdded,
            PatientsExisting = merger.PatientsExisting,
            PatientsRevised = merger.PatientsRevised,
            RecordsAdded = merger.RecordsAdded,
            RecordsUnchanged = merger.RecordsUnchanged,
            RecordsRevised = merger.RecordsRevised,
            Elapsed = clock.Elapsed,
            Phases = new ImportPhaseTimes(readTime, openTime, mergeTime, insertTime, db.BulkWriteTime, commitTime),
        };
    }

    private static async Task<(Study Study, Site Site)> EnsureStudyAndSiteAsync(MotusDbContext db, Study? existing, ProactDataset dataset, CancellationToken ct)
    {
        if (existing is null)
        {
            db.Studies.Add(dataset.Study);
            db.Sites.Add(dataset.Site);
            await db.SaveChangesAsync(ct);
            return (dataset.Study, dataset.Site);
        }

        foreach (var arm in dataset.Study.Arms.Where(a => !existing.HasArm(a.Code)))
        {
            existing.AddArm(new ArmPlan(arm.Code, arm.Name, arm.Description));
        }

        var site = await db.Sites.FirstOrDefaultAsync(s => s.StudyId == existing.Id && s.Code == dataset.Site.Code, ct);
        if (site is null)
        {
            site = Site.Create(existing.Id, dataset.Site.Code, dataset.Site.Name, dataset.Site.Country).Value;
            db.Sites.Add(site);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        return (existing, site);
    }

    private static ImportProactResult Failed(string message, Stopwatch clock) => new()
    {
        Errors = [new ImportError("", 0, null, null, "IMP-STUDY", message)],
        Elapsed = clock.Elapsed,
    };
}
