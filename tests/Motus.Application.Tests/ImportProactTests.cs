using System.Text;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Export;
using Motus.Application.Import;
using Motus.Application.Patients;
using Motus.Data.Auditing;
using Motus.Domain.Records;

namespace Motus.Application.Tests;

public sealed class ImportProactTests
{
    private static readonly DateOnly Anchor = new(2010, 1, 1);

    private static ImportProactRequest Request(string dir, string? reason = null) =>
        new(dir, "PROACT-T", "PRO-ACT test import", "SITE1", Anchor, "tester@cli", reason);

    [Fact]
    public async Task Run_ValidFolder_AddsEveryPatientAndAuditsIt()
    {
        await using var t = await TempDatabase.CreateAsync();
        var subjects = DemographicsSubjects(FixtureCopy.ValidFixture);

        var result = await new ImportProact(t.Database).RunAsync(Request(FixtureCopy.ValidFixture));

        Assert.Empty(result.Errors);
        Assert.Equal(subjects.Count, result.PatientsAdded);
        Assert.True(result.RecordsAdded > 0);
        await using var db = t.Database.CreateContext();
        Assert.Equal(subjects.Order(StringComparer.Ordinal), await db.Patients.Select(p => p.Code).OrderBy(c => c).ToListAsync());
        var study = await db.Studies.SingleAsync();
        Assert.Equal(Anchor, study.DateShiftAnchor);
        Assert.All(await db.AuditEntries.ToListAsync(), a => Assert.Equal((AuditSource.Import, "tester@cli"), (a.Source, a.Actor)));
        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task Run_SameFolderTwice_SecondChangesNothing()
    {
        await using var t = await TempDatabase.CreateAsync();
        var import = new ImportProact(t.Database);
        var first = await import.RunAsync(Request(FixtureCopy.ValidFixture));
        var before = await t.SnapshotAsync();

        var second = await import.RunAsync(Request(FixtureCopy.ValidFixture));

        Assert.Empty(second.Errors);
        Assert.True(second.ChangedNothing);
        Assert.Equal(first.RecordsAdded, second.RecordsUnchanged);
        Assert.Equal(first.PatientsAdded, second.PatientsExisting);
        Assert.Equal(before, await t.SnapshotAsync());
    }

    public static TheoryData<string> MalformedCases => new(MalformedInputs.Cases.Keys);

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public async Task Run_MalformedFolder_ReportsRuleAndChangesNothing(string caseName)
    {
        await using var t = await TempDatabase.CreateAsync();
        var import = new ImportProact(t.Database);
        Assert.Empty((await import.RunAsync(Request(FixtureCopy.ValidFixture))).Errors);
        var before = await t.SnapshotAsync();
        using var copy = FixtureCopy.OfValid();
        var (damage, expectedRule) = MalformedInputs.Cases[caseName];
        damage(copy);

        var result = await import.RunAsync(Request(copy.Path));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.RuleId == expectedRule);
        Assert.Equal(before, await t.SnapshotAsync());
    }

    [Fact]
    public async Task Run_MalformedFolderIntoEmptyDatabase_WritesNothingAtAll()
    {
        await using var t = await TempDatabase.CreateAsync();
        var before = await t.SnapshotAsync();
        using var copy = FixtureCopy.OfValid();
        MalformedInputs.Cases["item out of range"].Damage(copy);

        var result = await new ImportProact(t.Database).RunAsync(Request(copy.Path));

        Assert.False(result.Succeeded);
        Assert.Equal(before, await t.SnapshotAsync());
    }

    [Fact]
    public async Task Run_ChangedValueWithoutReason_IsRefusedWithReasonError()
    {
        await using var t = await TempDatabase.CreateAsync();
        var import = new ImportProact(t.Database);
        await import.RunAsync(Request(FixtureCopy.ValidFixture));
        var before = await t.SnapshotAsync();
        using var copy = FixtureCopy.OfValid();
        var alsfrs = MalformedInputs.FormFile(copy, "ALSFRS");
        var row = MalformedInputs.RowWithValue(copy, alsfrs, "Q1_Speech");
        var old = copy.GetCell(alsfrs, row, "Q1_Speech");
        copy.SetCell(alsfrs, row, "Q1_Speech", old == "4" ? "3" : "4");
        MalformedInputs.AdjustTotals(copy, alsfrs, row, old == "4" ? -1 : 4 - int.Parse(NormaliseItem(old), System.Globalization.CultureInfo.InvariantCulture));

        var refused = await import.RunAsync(Request(copy.Path));

        Assert.Contains(refused.Errors, e => e.RuleId == "IMP-REASON");
        Assert.Equal(before, await t.SnapshotAsync());
    }

    [Fact]
    public async Task Run_ChangedValueWithReason_RevisesAndAuditsOldAndNewValue()
    {
        await using var t = await TempDatabase.CreateAsync();
        var import = new ImportProact(t.Database);
        await import.RunAsync(Request(FixtureCopy.ValidFixture));
        using var copy = FixtureCopy.OfValid();
        var alsfrs = MalformedInputs.FormFile(copy, "ALSFRS");
        var row = MalformedInputs.RowWithValue(copy, alsfrs, "Q1_Speech");
        var old = copy.GetCell(alsfrs, row, "Q1_Speech");
        var replacement = old == "4" ? "3" : "4";
        copy.SetCell(alsfrs, row, "Q1_Speech", replacement);
        MalformedInputs.AdjustTotals(copy, alsfrs, row, int.Parse(replacement, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(NormaliseItem(old), System.Globalization.CultureInfo.InvariantCulture));

        var revised = await import.RunAsync(Request(copy.Path, reason: "Corrected transcription after source data verification"));

        Assert.Empty(revised.Errors);
        Assert.Equal(1, revised.RecordsRevised);
        await using var db = t.Database.CreateContext();
        var updates = await db.AuditEntries.Where(a => a.Action == AuditAction.Update && a.Field == "Details.Q1Speech").ToListAsync();
        Assert.DoesNotContain(await db.AuditEntries.Where(a => a.Action == AuditAction.Update).ToListAsync(), a => a.Reason is null);
        var update = Assert.Single(updates);
        Assert.Equal((NormaliseItem(old), replacement, "Corrected transcription after source data verification"), (update.OldValue, update.NewValue, update.Reason));
    }

    [Fact]
    public async Task Run_RecordAfterDeathAlreadyInDatabase_IsRefused()
    {
        await using var t = await TempDatabase.CreateAsync();
        var import = new ImportProact(t.Database);
        await import.RunAsync(Request(FixtureCopy.ValidFixture));
        var before = await t.SnapshotAsync();
        using var copy = FixtureCopy.OfValid();
        MalformedInputs.Cases["event after death"].Damage(copy);

        var result = await import.RunAsync(Request(copy.Path));

        Assert.Contains(result.Errors, e => e.RuleId == "XR-01");
        Assert.Equal(before, await t.SnapshotAsync());
    }

    [Fact]
    public async Task ImportExportImport_ValidFolder_YieldsIdenticalData()
    {
        await using var first = await TempDatabase.CreateAsync();
        await new ImportProact(first.Database).RunAsync(Request(FixtureCopy.ValidFixture));
        var exportDir = Path.Combine(Path.GetTempPath(), $"motus-export-{Guid.NewGuid():N}");
        try
        {
            await new ExportProact(first.Database).RunAsync(new ExportProactRequest(exportDir, "PROACT-T"));
            await using var second = await TempDatabase.CreateAsync();
            var reimport = await new ImportProact(second.Database).RunAsync(Request(exportDir));
            Assert.Empty(reimport.Errors);

            var a = await LoadAllAsync(first);
            var b = await LoadAllAsync(second);
            Assert.Equal(Describe(a), Describe(b));
        }
        finally
        {
            Directory.Delete(exportDir, recursive: true);
        }
    }

    private static string NormaliseItem(string value) => ((int)decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<PatientRecord>> LoadAllAsync(TempDatabase t)
    {
        await using var db = t.Database.CreateContext();
        return await PatientRecords.LoadAsync(db, db.Patients);
    }

    /// <summary>Every patient's details and every record's details as text, ids left out: equal text means equal data.</summary>
    private static string Describe(List<PatientRecord> records)
    {
        var sb = new StringBuilder();
        foreach (var r in records)
        {
            sb.AppendLine(r.Patient.Details.ToString());
            foreach (var (kind, record) in r.AllRecords().OrderBy(x => x.Kind, StringComparer.Ordinal).ThenBy(x => x.Record.Content.ToString(), StringComparer.Ordinal))
            {
                sb.Append(kind).Append(' ').AppendLine(record.Content is Domain.Assessments.AlsaqDetails q ? $"{q.Date} {q.Form} {string.Join(",", q.Items)}" : record.Content.ToString());
            }
        }

        return sb.ToString();
    }

    private static List<string> DemographicsSubjects(string dir)
    {
        var file = Directory.GetFiles(dir).Single(f => Path.GetFileName(f).Contains("demographics", StringComparison.OrdinalIgnoreCase));
        var lines = File.ReadAllLines(file);
        var index = Array.IndexOf(lines[0].Split(','), "subject_id");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[index]).Distinct().ToList();
    }
}
