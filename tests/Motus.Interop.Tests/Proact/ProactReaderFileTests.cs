using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>File names, folder-level problems, options, progress and cancellation.</summary>
public sealed class ProactReaderFileTests
{
    private static readonly Dictionary<string, string> LegacyNames = new()
    {
        ["PROACT_DEMOGRAPHICS.csv"] = "demographics.csv",
        ["PROACT_ALSHISTORY.csv"] = "AlsHistory.csv",
        ["PROACT_ALSFRS.csv"] = "alsfrs.csv",
        ["PROACT_FVC.csv"] = "Fvc.csv",
        ["PROACT_SVC.csv"] = "Svc.csv",
        ["PROACT_VITALSIGNS.csv"] = "VitalSigns.csv",
        ["PROACT_RILUZOLE.csv"] = "Riluzole.csv",
        ["PROACT_TREATMENT.csv"] = "Treatment.csv",
        ["PROACT_DEATHDATA.csv"] = "DeathData.csv",
        ["PROACT_ADVERSEEVENTS.csv"] = "AdverseEvents.csv",
        ["PROACT_CONMEDS.csv"] = "ConMeds.csv",
    };

    [Fact]
    public void Read_2016FileNames_ReadsTheSameDataAsTheProactNames()
    {
        using var folder = ProactFolder.CopyOfValid();
        foreach (var (current, legacy) in LegacyNames)
        {
            File.Move(folder.FileOf(current), folder.FileOf(legacy));
        }

        var legacyRead = folder.Read();
        var currentRead = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options);

        Assert.Empty(legacyRead.Errors);
        Assert.Equal(LegacyNames.Values.Order(), legacyRead.Dataset!.RowsPerFile.Keys.Order());
        DatasetAssert.Equal(currentRead.Dataset!, legacyRead.Dataset);
    }

    [Fact]
    public void Read_FileNamesInOtherCaseAndWithFPrefix_AreRecognised()
    {
        using var folder = ProactFolder.CopyOfValid();
        File.Move(folder.FileOf("PROACT_ALSFRS.csv"), folder.FileOf("F_PROACT_ALSFRS.csv"));
        File.Move(folder.FileOf("PROACT_FVC.csv"), folder.FileOf("proact_fvc.CSV"));

        var result = folder.Read();

        Assert.Empty(result.Errors);
        Assert.Equal(12, result.Dataset!.RowsPerFile["F_PROACT_ALSFRS.csv"]);
        Assert.Equal(6, result.Dataset.RowsPerFile["proact_fvc.CSV"]);
    }

    [Fact]
    public void Read_OtherFiles_AreIgnoredAndListed()
    {
        using var folder = ProactFolder.CopyOfValid();
        File.WriteAllText(folder.FileOf("README.txt"), "notes");
        File.WriteAllText(folder.FileOf("PROACT_LABS.csv"), "subject_id,Test_Name\n1001,Sodium\n");

        var result = folder.Read();

        Assert.True(result.IsValid);
        Assert.Equal(["PROACT_LABS.csv", "README.txt"], result.IgnoredFiles);
    }

    [Fact]
    public void Read_OnlyDemographics_IsValid()
    {
        using var folder = ProactFolder.Empty();
        File.Copy(Path.Combine(ProactFolder.ValidFixture, "PROACT_DEMOGRAPHICS.csv"), folder.FileOf("PROACT_DEMOGRAPHICS.csv"));

        var result = folder.Read();

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Dataset!.Patients.Count);
        Assert.Empty(result.Dataset.Study.Arms);
    }

    [Fact]
    public void Read_NoDemographics_ReportsMissingFileAndNoOrphans()
    {
        using var folder = ProactFolder.CopyOfValid();
        File.Delete(folder.FileOf("PROACT_DEMOGRAPHICS.csv"));

        ErrorAssert.Single(folder.Read(), "PROACT_DEMOGRAPHICS.csv", 0, null, null, ImportRuleIds.FileMissing);
    }

    [Fact]
    public void Read_HeaderOnlyFile_IsFine()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.WriteLines("PROACT_FVC.csv", [folder.Lines("PROACT_FVC.csv")[0]]);

        var result = folder.Read();

        Assert.Empty(result.Errors);
        Assert.Equal(0, result.Dataset!.RowsPerFile["PROACT_FVC.csv"]);
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLfLineEnds_AreAccepted()
    {
        using var folder = ProactFolder.CopyOfValid();
        var text = File.ReadAllText(folder.FileOf("PROACT_ALSFRS.csv")).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(folder.FileOf("PROACT_ALSFRS.csv"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = folder.Read();

        Assert.Empty(result.Errors);
        Assert.Equal(12, result.Dataset!.RowsPerFile["PROACT_ALSFRS.csv"]);
    }

    [Fact]
    public void Read_MissingFolder_ReportsDirectory()
    {
        var result = ProactReader.Read(Path.Combine(Path.GetTempPath(), "motus-no-such-" + Guid.NewGuid().ToString("N")), ProactFolder.Options);

        Assert.Equal(ImportRuleIds.Directory, Assert.Single(result.Errors).RuleId);
    }

    [Fact]
    public void Read_InvalidProtocolId_ReportsOptionErrorAndStillChecksFiles()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_ALSFRS.csv", 2, "Q1_Speech", "9");

        var result = ProactReader.Read(folder.Path, ProactFolder.Options with { ProtocolId = "bad id" });

        Assert.Equal(
            [("", 0, "ProtocolId", "bad id", "STUDY-04"), ("PROACT_ALSFRS.csv", 2, "Q1_Speech", "9", "ALSFRS-01")],
            result.Errors.Select(e => (e.File, e.Line, e.Column, e.Value, e.RuleId)));
    }

    [Fact]
    public void Read_Progress_ReportsEveryByteOfEveryForm()
    {
        var reports = new List<ProactProgress>();
        var total = Directory.GetFiles(ProactFolder.ValidFixture, "*.csv").Sum(f => new FileInfo(f).Length);

        ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options, new SyncProgress(reports.Add));

        Assert.Equal(11, reports.Select(r => r.File).Distinct().Count());
        Assert.All(reports, r => Assert.Equal(total, r.BytesTotal));
        Assert.Equal(total, reports[^1].BytesRead);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.BytesRead <= p.Second.BytesRead));
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options, ct: cts.Token));
    }

    [Fact]
    public void Read_ManyFoldersAtOnce_AreReadIndependently()
    {
        var results = new ProactReadResult[16];

        Parallel.For(0, results.Length, i => results[i] = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options));

        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.All(results, r => Assert.Equal(results[0].Dataset!.TotalRows, r.Dataset!.TotalRows));
    }

    [Fact]
    public void Read_MoreErrorsThanTheLimit_KeepsTheLimitAndCountsTheRest()
    {
        using var folder = ProactFolder.CopyOfValid();
        var header = folder.Lines("PROACT_ALSFRS.csv")[0];
        folder.WriteLines("PROACT_ALSFRS.csv", [header, .. Enumerable.Range(0, ProactReader.MaxErrors + 50).Select(i => $"1001,x,,,,,,,,,,,{i},,,,,,,")]);

        var result = folder.Read();

        Assert.Equal(ProactReader.MaxErrors + 1, result.Errors.Count);
        Assert.Equal((ImportRuleIds.TooManyErrors, "50"), (result.Errors[^1].RuleId, result.Errors[^1].Value));
    }

    private sealed class SyncProgress(Action<ProactProgress> report) : IProgress<ProactProgress>
    {
        public void Report(ProactProgress value) => report(value);
    }
}
