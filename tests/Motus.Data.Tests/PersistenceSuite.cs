using Microsoft.EntityFrameworkCore;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Medications;
using Motus.Domain.Patients;
using Motus.Domain.Safety;
using Motus.Domain.Studies;
using Motus.Testing;

namespace Motus.Data.Tests;

/// <summary>
/// The persistence suite: the same tests run on every provider (see <see cref="SqlitePersistenceTests"/> and
/// <see cref="PostgresPersistenceTests"/>).
/// </summary>
public abstract partial class PersistenceSuite
{
    private static readonly ChangeContext Creator = new("tester", AuditSource.Cli);

    /// <summary>A fresh database on the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateAsync();

    [Fact]
    public async Task Initialize_SecondTime_AppliesNoMigration()
    {
        await using var t = await CreateAsync();

        var again = await t.Database.InitializeAsync();

        Assert.Empty(again);
    }

    [Fact]
    public async Task SaveChanges_EveryRecordKind_ReadsBackIdenticalDetails()
    {
        await using var t = await CreateAsync();
        var seeded = await SeedAsync(t);

        await using var db = t.Database.CreateContext();
        var patient = await db.Patients.SingleAsync();
        Assert.Equal(seeded.Patient.Details, patient.Details);
        Assert.Equal(seeded.Alsfrs.Details, (await db.Alsfrs.SingleAsync()).Details);
        Assert.Equal(seeded.Vc.Details, (await db.VitalCapacity.SingleAsync()).Details);
        Assert.Equal(seeded.Strength.Details, (await db.Strength.SingleAsync()).Details);
        Assert.Equal(seeded.Vitals.Details, (await db.VitalSigns.SingleAsync()).Details);
        Assert.Equal(seeded.Alsaq.Details, (await db.Alsaq.SingleAsync()).Details);
        Assert.Equal(seeded.Biomarker.Details, (await db.Biomarkers.SingleAsync()).Details);
        Assert.Equal(seeded.Product.Details, (await db.CellProducts.SingleAsync()).Details);
        Assert.Equal(seeded.Administration.Details, (await db.Administrations.SingleAsync()).Details);
        Assert.Equal(seeded.AdverseEvent.Details, (await db.AdverseEvents.SingleAsync()).Details);
        Assert.Equal(seeded.Medication.Details, (await db.Medications.SingleAsync()).Details);
        Assert.Equal(seeded.Event.Details, (await db.Events.SingleAsync()).Details);
        var study = await db.Studies.Include(s => s.Arms).Include(s => s.VisitSchedule).SingleAsync();
        Assert.Equal([Builders.ActiveArm, Builders.PlaceboArm], study.Arms.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.Equal(3, study.VisitSchedule.Count);
    }

    [Fact]
    public async Task SaveChanges_Create_WritesOneAuditRowPerEntityWithEveryField()
    {
        await using var t = await CreateAsync();
        var seeded = await SeedAsync(t);

        await using var db = t.Database.CreateContext();
        var rows = await db.AuditEntries.OrderBy(a => a.Sequence).ToListAsync();
        Assert.All(rows, r => Assert.Equal(AuditAction.Create, r.Action));
        Assert.Equal(rows.Count, rows.Select(r => (r.EntityType, r.EntityId)).Distinct().Count());
        var alsfrs = Assert.Single(rows, r => r.EntityType == nameof(AlsfrsAssessment));
        Assert.Equal(seeded.Patient.Id.Value, alsfrs.PatientId);
        Assert.Equal("tester", alsfrs.Actor);
        Assert.Equal(TestDatabases.Start, alsfrs.Timestamp);
        Assert.Contains("\"Details.Q1Speech\":\"4\"", alsfrs.NewValue, StringComparison.Ordinal);
        Assert.Contains("\"Details.Date\":\"2025-09-10\"", alsfrs.NewValue, StringComparison.Ordinal);
        Assert.Null(alsfrs.Reason);
    }

    [Fact]
    public async Task SaveChanges_UpdateWithReason_RecordsOldAndNewValuePerField()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);
        t.Clock.Advance(TimeSpan.FromMinutes(5));

        await using (var db = t.Database.CreateContext())
        {
            var rating = await db.Alsfrs.SingleAsync();
            Assert.Empty(rating.Revise(rating.Details with { Q1Speech = 3, Q2Salivation = 2 }, TestDates.Today));
            db.Changes = new ChangeContext("monitor", AuditSource.Cli, "Source document verification: items 1 and 2 mis-transcribed");
            await db.SaveChangesAsync();
        }

        await using var check = t.Database.CreateContext();
        var updates = await check.AuditEntries.Where(a => a.Action == AuditAction.Update).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(2, updates.Count);
        Assert.Equal(("Details.Q1Speech", "4", "3"), (updates[0].Field, updates[0].OldValue, updates[0].NewValue));
        Assert.Equal(("Details.Q2Salivation", "3", "2"), (updates[1].Field, updates[1].OldValue, updates[1].NewValue));
        Assert.All(updates, u => Assert.Equal("Source document verification: items 1 and 2 mis-transcribed", u.Reason));
        Assert.All(updates, u => Assert.Equal(TestDatabases.Start.AddMinutes(5), u.Timestamp));
        Assert.Equal(3, (await check.Alsfrs.SingleAsync()).Details.Q1Speech);
    }

    [Fact]
    public async Task SaveChanges_UpdateWithoutReason_ThrowsAndChangesNothing()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);
        var before = await CountAuditAsync(t);

        await using (var db = t.Database.CreateContext())
        {
            var rating = await db.Alsfrs.SingleAsync();
            rating.Revise(rating.Details with { Q1Speech = 0 }, TestDates.Today);
            db.Changes = new ChangeContext("coordinator", AuditSource.Cli);
            await Assert.ThrowsAsync<ReasonRequiredException>(() => db.SaveChangesAsync());
        }

        await using var check = t.Database.CreateContext();
        Assert.Equal(4, (await check.Alsfrs.SingleAsync()).Details.Q1Speech);
        Assert.Equal(before, await CountAuditAsync(t));
    }

    [Fact]
    public async Task SaveChanges_SoftDelete_HidesRecordKeepsItAndAuditsReason()
    {
        await using var t = await CreateAsync();
        var seeded = await SeedAsync(t);

        await using (var db = t.Database.CreateContext())
        {
            var ae = await db.AdverseEvents.SingleAsync();
            ae.MarkDeleted(t.Clock.GetUtcNow(), "Entered for the wrong patient");
            db.Changes = new ChangeContext("coordinator", AuditSource.Cli, "Entered for the wrong patient");
            await db.SaveChangesAsync();
        }

        await using var check = t.Database.CreateContext();
        Assert.Empty(await check.AdverseEvents.ToListAsync());
        var kept = await check.AdverseEvents.IgnoreQueryFilters().SingleAsync();
        Assert.Equal("Entered for the wrong patient", kept.DeletionReason);
        Assert.Equal(seeded.AdverseEvent.Details, kept.Details);
        var delete = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Delete);
        Assert.Equal((nameof(AdverseEvent), "DeletedAt", "Entered for the wrong patient"), (delete.EntityType, delete.Field, delete.Reason));
    }

    [Fact]
    public async Task SaveChanges_HardDelete_IsRefused()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);

        await using var db = t.Database.CreateContext();
        db.Medications.Remove(await db.Medications.SingleAsync());
        db.Changes = new ChangeContext("admin", AuditSource.Cli, "cleanup");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("cannot be hard-deleted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_WithoutChangeContext_IsRefused()
    {
        await using var t = await CreateAsync();
        await using var db = t.Database.CreateContext();
        var study = Builders.ValidStudy();
        db.Studies.Add(study);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task VerifyAudit_UntouchedChain_IsIntact()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);

        await using var db = t.Database.CreateContext();
        var result = await AuditChain.VerifyAsync(db);

        Assert.True(result.IsIntact);
        Assert.Equal(await db.AuditEntries.LongCountAsync(), result.RowsChecked);
    }

    [Fact]
    public async Task AuditTable_UpdateThroughSql_IsBlockedByTrigger()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);

        await using var db = t.Database.CreateContext();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'intruder'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
    }

    [Fact]
    public async Task VerifyAudit_EditedRow_ReportsEditAtThatRow()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);
        await using var db = t.Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(t.DropAuditProtectionSql);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'intruder' WHERE \"Sequence\" = 3");
        var result = await AuditChain.VerifyAsync(db);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3L, AuditProblemKind.Edited), (problem.Sequence, problem.Kind));
    }

    [Fact]
    public async Task VerifyAudit_RemovedRow_ReportsGapAndBrokenLink()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);
        await using var db = t.Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(t.DropAuditProtectionSql);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 4");
        var result = await AuditChain.VerifyAsync(db);

        Assert.Contains(result.Problems, p => p.Sequence == 5 && p.Kind == AuditProblemKind.Gap);
        Assert.Contains(result.Problems, p => p.Sequence == 5 && p.Kind == AuditProblemKind.BrokenLink);
        Assert.DoesNotContain(result.Problems, p => p.Kind == AuditProblemKind.Edited);
    }

    [Fact]
    public async Task VerifyAudit_InsertedRowWithValidOwnHash_ReportsBrokenLinkAfterIt()
    {
        await using var t = await CreateAsync();
        await SeedAsync(t);
        await using var db = t.Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(t.DropAuditProtectionSql);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync();

        // A forged row appended with a self-consistent hash but chained to a made-up predecessor.
        var forged = new AuditEntry
        {
            Sequence = last.Sequence + 1,
            Timestamp = last.Timestamp,
            Actor = "intruder",
            Source = AuditSource.Cli,
            Action = AuditAction.Create,
            EntityType = "Patient",
            EntityId = Guid.NewGuid().ToString(),
            PreviousHash = new string('0', 64),
        };
        forged.Hash = AuditHasher.Compute(forged);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AuditEntries\" (\"Sequence\", \"Timestamp\", \"Actor\", \"Source\", \"Action\", \"EntityType\", \"EntityId\", \"PreviousHash\", \"Hash\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
            forged.Sequence, forged.Timestamp, forged.Actor, "Cli", "Create", forged.EntityType, forged.EntityId, forged.PreviousHash, forged.Hash);
        db.ChangeTracker.Clear();
        var result = await AuditChain.VerifyAsync(db);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((forged.Sequence, AuditProblemKind.BrokenLink), (problem.Sequence, problem.Kind));
    }

    private static async Task<long> CountAuditAsync(ITestDatabase t)
    {
        await using var db = t.Database.CreateContext();
        return await db.AuditEntries.LongCountAsync();
    }

    private sealed record Seeded(
        Patient Patient, AlsfrsAssessment Alsfrs, VitalCapacityTest Vc, StrengthMeasurement Strength, VitalSigns Vitals,
        AlsaqAssessment Alsaq, BiomarkerResult Biomarker, CellProduct Product, Administration Administration,
        AdverseEvent AdverseEvent, ConcomitantMedication Medication, ClinicalEvent Event)
    {
        /// <summary>Every clinical record, parents (the administration) before children (the AE that follows it).</summary>
        public object[] Records => [Alsfrs, Vc, Strength, Vitals, Alsaq, Biomarker, Administration, AdverseEvent, Medication, Event];
    }

    private static async Task<Seeded> SeedAsync(ITestDatabase t)
    {
        var (seeded, study, site) = BuildSeed();
        await using var db = t.Database.CreateContext();
        db.Changes = Creator;
        db.AddRange(study, site, seeded.Patient, seeded.Product);
        db.AddRange(seeded.Records);
        await db.SaveChangesAsync();
        return seeded;
    }

    private static (Seeded Seeded, Study Study, Site Site) BuildSeed()
    {
        var today = TestDates.Today;
        var study = Builders.ValidStudy();
        var site = Builders.ValidSite(study.Id);
        var patient = Builders.ValidPatient(studyId: study.Id, siteId: site.Id);
        var product = Builders.ValidCellProduct(study.Id);
        var administration = Builders.ValidAdministration(patient.Id, Builders.ValidAdministrationDetails(product.Id));
        var seeded = new Seeded(
            patient,
            Builders.ValidAlsfrsAssessment(patient.Id),
            Builders.ValidVitalCapacityTest(patient.Id),
            StrengthMeasurement.Create(patient.Id, Builders.ValidStrengthDetails(), today).Value,
            VitalSigns.Create(patient.Id, Builders.ValidVitalSignsDetails(), today).Value,
            AlsaqAssessment.Create(patient.Id, Builders.ValidAlsaqDetails(), today).Value,
            BiomarkerResult.Create(patient.Id, Builders.ValidBiomarkerDetails(), today).Value,
            product,
            administration,
            Builders.ValidAdverseEvent(patient.Id, Builders.ValidAdverseEventDetails() with { AdministrationId = administration.Id }),
            Builders.ValidMedication(patient.Id),
            Builders.ValidClinicalEvent(patient.Id));
        return (seeded, study, site);
    }
}

/// <summary>The persistence suite on SQLite.</summary>
public sealed class SqlitePersistenceTests : PersistenceSuite
{
    /// <inheritdoc />
    protected override Task<ITestDatabase> CreateAsync() => TestDatabases.SqliteAsync();
}

/// <summary>The persistence suite on PostgreSQL (server from MOTUS_TEST_POSTGRES, started by scripts/test.sh).</summary>
public sealed class PostgresPersistenceTests : PersistenceSuite
{
    /// <inheritdoc />
    protected override Task<ITestDatabase> CreateAsync() => TestDatabases.PostgresAsync();
}
