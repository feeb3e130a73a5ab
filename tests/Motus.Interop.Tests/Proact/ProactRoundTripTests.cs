using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

public sealed class ProactRoundTripTests
{
    [Fact]
    public void ReadWriteRead_ValidFixture_YieldsIdenticalData()
    {
        var first = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options);
        Assert.Empty(first.Errors);
        using var exported = ProactFolder.Empty();

        ProactWriter.Write(exported.Path, first.Dataset!.Study, first.Dataset.Patients, ProactFolder.Anchor);
        var second = exported.Read();

        Assert.Empty(second.Errors);
        DatasetAssert.Equal(first.Dataset, second.Dataset!);
    }

    [Fact]
    public void Write_Twice_WritesIdenticalFiles()
    {
        var first = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options).Dataset!;
        using var once = ProactFolder.Empty();
        using var twice = ProactFolder.Empty();
        ProactWriter.Write(once.Path, first.Study, first.Patients, ProactFolder.Anchor);
        var second = once.Read().Dataset!;

        ProactWriter.Write(twice.Path, second.Study, second.Patients, ProactFolder.Anchor);

        foreach (var file in Directory.GetFiles(once.Path).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllText(once.FileOf(file!)), File.ReadAllText(twice.FileOf(file!)));
        }
    }

    [Fact]
    public void Write_AnotherAnchor_ShiftsEveryDelta()
    {
        var dataset = ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options).Dataset!;
        using var folder = ProactFolder.Empty();

        ProactWriter.Write(folder.Path, dataset.Study, dataset.Patients, ProactFolder.Anchor.AddDays(10));

        Assert.Equal("1005,Yes,190", folder.Lines("PROACT_DEATHDATA.csv")[1]);
        Assert.StartsWith("1001,4,4,4,3,3,,3,4,3,3,,-10,", folder.Lines("PROACT_ALSFRS.csv")[1], StringComparison.Ordinal);
    }
}
