using Microsoft.EntityFrameworkCore;
using Motus.Data.Auditing;
using Motus.Data.Bulk;
using Motus.Data.Configuration;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Safety;
using Motus.Domain.Studies;

namespace Motus.Data;

/// <summary>
/// The Motus database. Every save records an audit trail (<see cref="AuditEntry"/>) of the changes, in the same
/// transaction: set <see cref="Changes"/> (who, through which path, why) before saving. Hard deletes of audited
/// entities and changes without a reason are refused.
/// </summary>
public class MotusDbContext : DbContext
{
    private readonly TimeProvider _clock;
    private BulkInserter? _bulk;

    /// <summary>Creates the context.</summary>
    /// <param name="options">Provider options (see the Sqlite and Postgres projects).</param>
    /// <param name="clock">Clock for audit timestamps.</param>
    public MotusDbContext(DbContextOptions<MotusDbContext> options, TimeProvider clock)
        : base(options)
    {
        _clock = clock;
    }

    /// <summary>Who is changing data and why; required before saving changes.</summary>
    public ChangeContext? Changes { get; set; }

    /// <summary>
    /// Time <see cref="InsertNewAsync"/> has spent writing rows on this context, summed over calls; excludes waiting for
    /// the next prepared chunk. For performance reports (the writer is the bulk path's bottleneck).
    /// </summary>
    public TimeSpan BulkWriteTime { get; private set; }

    /// <summary>Studies.</summary>
    public DbSet<Study> Studies => Set<Study>();
    /// <summary>Sites.</summary>
    public DbSet<Site> Sites => Set<Site>();
    /// <summary>Patients (soft-deleted ones are filtered out unless <c>IgnoreQueryFilters</c>).</summary>
    public DbSet<Patient> Patients => Set<Patient>();
    /// <summary>ALSFRS / ALSFRS-R ratings.</summary>
    public DbSet<AlsfrsAssessment> Alsfrs => Set<AlsfrsAssessment>();
    /// <summary>Vital-capacity tests.</summary>
    public DbSet<VitalCapacityTest> VitalCapacity => Set<VitalCapacityTest>();
    /// <summary>Strength measurements.</summary>
    public DbSet<StrengthMeasurement> Strength => Set<StrengthMeasurement>();
    /// <summary>Weight and height.</summary>
    public DbSet<VitalSigns> VitalSigns => Set<VitalSigns>();
    /// <summary>ALSAQ questionnaires.</summary>
    public DbSet<AlsaqAssessment> Alsaq => Set<AlsaqAssessment>();
    /// <summary>Biomarker results.</summary>
    public DbSet<BiomarkerResult> Biomarkers => Set<BiomarkerResult>();
    /// <summary>Cell-product lots.</summary>
    public DbSet<CellProduct> CellProducts => Set<CellProduct>();
    /// <summary>Administrations.</summary>
    public DbSet<Administration> Administrations => Set<Administration>();
    /// <summary>Adverse events.</summary>
    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();
    /// <summary>Concomitant medications.</summary>
    public DbSet<ConcomitantMedication> Medications => Set<ConcomitantMedication>();
    /// <summary>Clinical events.</summary>
    public DbSet<ClinicalEvent> Events => Set<ClinicalEvent>();
    /// <summary>The audit trail.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordAudit();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Inserts new patients and clinical records without the change tracker, in the given order (parents first), with
    /// exactly the audit rows <c>SaveChanges</c> would write for them, chained after the current head. Needs an open
    /// transaction and <see cref="Changes"/>. For large imports: it is many times faster than tracking each entity.
    /// </summary>
    /// <param name="entities">New entities of types without navigations (patients, clinical records).</param>
    /// <param name="cancellationToken">Cancels the insert (the caller rolls the transaction back).</param>
    public async Task InsertNewAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return;
        }

        var context = RequireChanges();
        _bulk ??= new BulkInserter(this);
        var now = AuditHasher.Normalise(_clock.GetUtcNow());
        var auditShape = _bulk.ShapeOf(new AuditEntry());
        var head = ChainHead();
        var typeOrder = new List<Type>();
        foreach (var first in entities.DistinctBy(e => e.GetType()))
        {
            _bulk.ShapeOf(first); // refuses unsupported types here, before anything is written
            typeOrder.Add(first.GetType());
        }

        // A pipeline: while this thread writes one chunk, the next chunk is prepared on other cores: column values,
        // JSON snapshots (independent per entity, in parallel), then the audit chain (sequential, continuing from the
        // previous chunk's head) and every value converted for the provider. Chunks keep the given order and each
        // writes its types in the order they first appear in the whole list, so parents are written before their
        // children; audit sequence numbers follow the list.
        PreparedChunk Prepare(int start, (long Sequence, string Hash) chainHead)
        {
            // The first chunk is small, so that writing starts early; the others amortise the hand-off.
            var count = Math.Min(start == 0 ? FirstInsertChunkSize : InsertChunkSize, entities.Count - start);
            var rows = new (object, object?[])[count];
            var audit = new AuditEntry[count];
            // One core fewer than the machine has: the writing thread, the bottleneck, keeps a core to itself.
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
            Parallel.For(0, count, options, i =>
            {
                var entity = entities[start + i];
                var shape = _bulk.ShapeOf(entity);
                var values = shape.Read(entity);
                audit[i] = AuditRecorder.Created(shape, entity, values, context, now);
                shape.ConvertToProvider(values);
                rows[i] = (entity, values);
            });
            var newHead = Chain(audit, chainHead);
            var auditRows = new (object, object?[])[count];
            Parallel.For(0, count, options, i =>
            {
                var values = auditShape.Read(audit[i]);
                auditShape.ConvertToProvider(values);
                auditRows[i] = (audit[i], values);
            });
            return new PreparedChunk(rows, auditRows, newHead);
        }

        var pending = Task.Run(() => Prepare(0, head), cancellationToken);
        try
        {
            for (var start = 0; start < entities.Count;)
            {
                var chunk = await pending;
                var next = start + chunk.Rows.Length;
                var chainHead = chunk.Head;
                pending = next < entities.Count ? Task.Run(() => Prepare(next, chainHead), cancellationToken) : Task.FromResult(chunk);
                start = next;
                var writing = System.Diagnostics.Stopwatch.GetTimestamp();
                await _bulk.InsertAsync(chunk.Rows, cancellationToken, typeOrder);
                await _bulk.InsertAsync(chunk.Audit, cancellationToken);
                BulkWriteTime += System.Diagnostics.Stopwatch.GetElapsedTime(writing);
            }
        }
        finally
        {
            // Never leave a preparation running on this context's entities after returning (e.g. after a failed write).
            await pending.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Writes audit rows for changes to data outside this model (accounts, tokens) into the same hash chain, with the
    /// actor, source and reason of <see cref="Changes"/>, and saves them. To commit them atomically with the change,
    /// share the other context's connection and transaction first (<c>SetDbConnection</c>, <c>UseTransaction</c>).
    /// Refused when this context has other unsaved changes, so the chain is continued exactly once.
    /// </summary>
    /// <param name="changes">The changes; none of their values may hold a secret.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task AppendAuditAsync(IReadOnlyList<ExternalChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var context = RequireChanges();
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Save the pending changes before appending audit rows for external changes.");
        }

        if (changes.Count == 0)
        {
            return;
        }

        var now = AuditHasher.Normalise(_clock.GetUtcNow());
        var rows = changes.Select(c => AuditRecorder.External(c, context, now)).ToList();
        Chain(rows);
        AuditEntries.AddRange(rows);
        await base.SaveChangesAsync(true, cancellationToken);
    }

    /// <summary>Entities per pipeline stage of <see cref="InsertNewAsync"/>: large enough to amortise the hand-off.</summary>
    private const int InsertChunkSize = 4096;

    /// <summary>Entities in the first chunk of <see cref="InsertNewAsync"/>: small, so that the writer does not wait long.</summary>
    private const int FirstInsertChunkSize = 512;

    /// <summary>A chunk ready to write: entity rows and audit rows with provider values, and the chain head after it.</summary>
    private sealed record PreparedChunk((object Entity, object?[] Values)[] Rows, (object Entity, object?[] Values)[] Audit, (long Sequence, string Hash) Head);

    /// <inheritdoc />
    public override void Dispose()
    {
        _bulk?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        _bulk?.Dispose();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        MotusModel.ConfigureConventions(configurationBuilder);

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => MotusModel.Configure(modelBuilder);

    private void RecordAudit()
    {
        ChangeTracker.DetectChanges();
        var pending = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var rows = AuditRecorder.Collect(pending, RequireChanges(), AuditHasher.Normalise(_clock.GetUtcNow()));
        if (rows.Count == 0)
        {
            return;
        }

        Chain(rows);
        AuditEntries.AddRange(rows);
    }

    private ChangeContext RequireChanges()
    {
        var context = Changes ?? throw new InvalidOperationException("Set MotusDbContext.Changes (actor, source, reason) before saving changes.");
        ArgumentException.ThrowIfNullOrWhiteSpace(context.Actor, nameof(context.Actor));
        return context;
    }

    /// <summary>The stored head of the audit chain: its sequence number and hash (0 and empty when empty).</summary>
    private (long Sequence, string Hash) ChainHead()
    {
        var head = AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefault();
        return head is null ? (0L, "") : (head.Sequence, head.Hash);
    }

    /// <summary>Gives the rows their sequence numbers and hashes, continuing the chain from the stored head.</summary>
    private void Chain(IReadOnlyList<AuditEntry> rows) => Chain(rows, ChainHead());

    /// <summary>Gives the rows their sequence numbers and hashes after <paramref name="head"/>; returns the new head.</summary>
    private static (long Sequence, string Hash) Chain(IReadOnlyList<AuditEntry> rows, (long Sequence, string Hash) head)
    {
        var (sequence, previous) = head;
        foreach (var row in rows)
        {
            row.Sequence = ++sequence;
            row.PreviousHash = previous;
            row.Hash = AuditHasher.Compute(row);
            previous = row.Hash;
        }

        return (sequence, previous);
    }
}
