using Microsoft.EntityFrameworkCore;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Testing;

namespace Motus.Data.Tests;

/// <summary>The bulk insert path (<see cref="MotusDbContext.InsertNewAsync"/>) must store and audit exactly what SaveChanges does.</summary>
public abstract partial class PersistenceSuite
{
    [Fact]
    public async Task InsertNew_EveryRecordKind_StoresAndAuditsExactlyAsSaveChanges()
    {
        await using var tracked = await CreateAsync();
        await using var bulk = await CreateAsync();
        var (seeded, study, site) = BuildSeed();
        await using (var db = tracked.Database.CreateContext())
        {
            db.Changes = Creator;
            db.AddRange(study, site, seeded.Patient, seeded.Product);
            db.AddRange(seeded.Records);
            await db.SaveChangesAsync();
        }

        await using (var db = bulk.Database.CreateContext())
        {
            db.Changes = Creator;
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddRange(study, site, seeded.Product);
            await db.SaveChangesAsync();
            await db.InsertNewAsync([seeded.Patient, .. seeded.Records]);
            await transaction.CommitAsync();
        }

        await using var expected = tracked.Database.CreateContext();
        await using var actual = bulk.Database.CreateContext();
        Assert.Equal((await expected.Patients.SingleAsync()).Details, (await actual.Patients.SingleAsync()).Details);
        Assert.Equal((await expected.Alsfrs.SingleAsync()).Details, (await actual.Alsfrs.SingleAsync()).Details);
        Assert.Equal((await expected.Alsaq.SingleAsync()).Details, (await actual.Alsaq.SingleAsync()).Details);
        Assert.Equal((await expected.AdverseEvents.SingleAsync()).Details, (await actual.AdverseEvents.SingleAsync()).Details);
        Assert.Equal(seeded.Event.Details, (await actual.Events.SingleAsync()).Details);
        Assert.Equal(seeded.Medication.Details, (await actual.Medications.SingleAsync()).Details);
        Assert.Equal(seeded.Administration.Details, (await actual.Administrations.SingleAsync()).Details);
        Assert.Equal(seeded.Vc.Details, (await actual.VitalCapacity.SingleAsync()).Details);
        Assert.Equal(seeded.Strength.Details, (await actual.Strength.SingleAsync()).Details);
        Assert.Equal(seeded.Vitals.Details, (await actual.VitalSigns.SingleAsync()).Details);
        Assert.Equal(seeded.Biomarker.Details, (await actual.Biomarkers.SingleAsync()).Details);

        // Same rows in the trail (the order within one save may differ), every field of every create snapshot equal.
        static async Task<Dictionary<string, AuditEntry>> Trail(MotusDbContext db) =>
            (await db.AuditEntries.AsNoTracking().ToListAsync()).ToDictionary(a => $"{a.EntityType}/{a.EntityId}/{a.Field}", StringComparer.Ordinal);
        var want = await Trail(expected);
        var got = await Trail(actual);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, row) in want)
        {
            var other = got[key];
            Assert.Equal((row.Action, row.Actor, row.Source, row.PatientId, row.Timestamp, row.NewValue), (other.Action, other.Actor, other.Source, other.PatientId, other.Timestamp, other.NewValue));
        }

        Assert.Contains("\"Details.Q1Speech\":\"4\"", got[$"{nameof(AlsfrsAssessment)}/{seeded.Alsfrs.Id}/"].NewValue, StringComparison.Ordinal);
        Assert.True((await AuditChain.VerifyAsync(actual)).IsIntact);

        // Byte for byte: every stored value of every table, as the driver returns it (on SQLite its storage class and
        // text form), is the same on both paths. Audit rows are compared without their place in the chain.
        foreach (var table in expected.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            Assert.Equal(await StoredRowsAsync(expected, table), await StoredRowsAsync(actual, table));
        }
    }

    private static readonly HashSet<string> ChainColumns = new(["Sequence", "PreviousHash", "Hash"], StringComparer.OrdinalIgnoreCase);

    private static async Task<List<string>> StoredRowsAsync(MotusDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = Enumerable.Range(0, reader.FieldCount)
                .Where(i => !ChainColumns.Contains(reader.GetName(i)))
                .Select(i => reader.IsDBNull(i) ? $"{reader.GetName(i)}=NULL"
                    : reader.GetValue(i) is byte[] blob ? $"{reader.GetName(i)}=blob:{Convert.ToHexString(blob)}"
                    : $"{reader.GetName(i)}={reader.GetValue(i).GetType().Name}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}");
            rows.Add($"{table}: " + string.Join(" | ", cells));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [Fact]
    public async Task InsertNew_WithoutTransaction_IsRefusedAndWritesNothing()
    {
        await using var t = await CreateAsync();
        var (seeded, study, site) = BuildSeed();
        await using var db = t.Database.CreateContext();
        db.Changes = Creator;
        db.AddRange(study, site);
        await db.SaveChangesAsync();
        var before = await db.AuditEntries.LongCountAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertNewAsync([seeded.Patient]));

        Assert.Equal(0, await db.Patients.CountAsync());
        Assert.Equal(before, await db.AuditEntries.LongCountAsync());
    }

    [Fact]
    public async Task InsertNew_WithoutChangeContext_IsRefused()
    {
        await using var t = await CreateAsync();
        var (seeded, _, _) = BuildSeed();
        await using var db = t.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertNewAsync([seeded.Patient]));
    }

    [Fact]
    public async Task InsertNew_EntityWithNavigations_IsRefused()
    {
        await using var t = await CreateAsync();
        var (_, study, _) = BuildSeed();
        await using var db = t.Database.CreateContext();
        db.Changes = Creator;
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Assert.ThrowsAsync<NotSupportedException>(() => db.InsertNewAsync([study]));
    }

    [Fact]
    public async Task InsertNew_ConsecutiveRowsRepeatingAndChangingValues_StoresExactlyAsSaveChanges()
    {
        // The SQLite writer leaves a parameter bound when the next row stores the same value there: rows that repeat
        // a value, go from a value to NULL and back, or change it, must still store exactly what SaveChanges stores.
        await using var tracked = await CreateAsync();
        await using var bulk = await CreateAsync();
        var (seeded, study, site) = BuildSeed();
        double?[] trial2 = [3.4, 3.4, null, null, 2.9, 3.4, null, 2.9];
        var tests = trial2.Select((litres, i) => VitalCapacityTest.Create(seeded.Patient.Id, Builders.ValidVitalCapacityDetails(new DateOnly(2025, 1, 1).AddDays(i)) with
        {
            Trial2Litres = litres,
            Trial3Percent = i % 3 == 0 ? null : 80,
            Kind = i < 4 ? VitalCapacityKind.Forced : VitalCapacityKind.Slow,
        }, TestDates.Today).Value).ToList();
        await using (var db = tracked.Database.CreateContext())
        {
            db.Changes = Creator;
            db.AddRange(study, site, seeded.Patient);
            db.AddRange(tests);
            await db.SaveChangesAsync();
        }

        await using (var db = bulk.Database.CreateContext())
        {
            db.Changes = Creator;
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddRange(study, site);
            await db.SaveChangesAsync();
            await db.InsertNewAsync([seeded.Patient, .. tests]);
            await transaction.CommitAsync();
        }

        await using var expected = tracked.Database.CreateContext();
        await using var actual = bulk.Database.CreateContext();
        Assert.Equal(tests.Select(t => t.Details), (await actual.VitalCapacity.OrderBy(v => v.Details.Date).ToListAsync()).Select(v => v.Details));
        Assert.Equal(8, (await StoredRowsAsync(expected, "VitalCapacity")).Count);
        foreach (var table in expected.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            Assert.Equal(await StoredRowsAsync(expected, table), await StoredRowsAsync(actual, table));
        }
    }

    [Fact]
    public async Task InsertNew_ManyRowsAcrossStatements_StoresEveryRowAndKeepsTheChain()
    {
        // 4,700 records: several statements on the ADO.NET path and three pipeline chunks (512, 4,096, the rest).
        await using var t = await CreateAsync();
        var (seeded, study, site) = BuildSeed();
        var ratings = Enumerable.Range(0, 4700)
            .Select(i => AlsfrsAssessment.Create(seeded.Patient.Id, Builders.ValidAlsfrsDetails() with { Date = new DateOnly(2000, 1, 1).AddDays(i) }, TestDates.Today).Value)
            .ToList();
        await using (var db = t.Database.CreateContext())
        {
            db.Changes = Creator;
            db.AddRange(study, site);
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertNewAsync([seeded.Patient, .. ratings]);
            await transaction.CommitAsync();
        }

        await using var check = t.Database.CreateContext();
        var stored = await check.Alsfrs.OrderBy(a => a.Details.Date).ToListAsync();
        Assert.Equal(ratings.Select(r => (r.Id, r.Details)), stored.Select(r => (r.Id, r.Details)));
        Assert.Equal(4700, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(AlsfrsAssessment)));
        Assert.True((await AuditChain.VerifyAsync(check)).IsIntact);
    }
}
