using Motus.Domain.Studies;
using Motus.Interop.Proact;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Tests.Proact;

public sealed class ProactWriterTests
{
    private static ProactDataset ReadValid() => ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options).Dataset!;

    [Fact]
    public void Write_NoPatients_WritesEveryFormWithItsHeaderOnly()
    {
        var study = Study.Create("Empty", "EMPTY", [], []).Value;
        using var folder = ProactFolder.Empty();

        ProactWriter.Write(folder.Path, study, [], ProactFolder.Anchor);

        Assert.Equal(ProactSchemas.All.Select(s => s.FileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var schema in ProactSchemas.All)
        {
            Assert.Equal([string.Join(',', schema.Columns)], folder.Lines(schema.FileName));
        }
    }

    [Fact]
    public void Write_Header_HasTheReaderColumnsInSchemaOrder()
    {
        var dataset = ReadValid();
        using var folder = ProactFolder.Empty();

        ProactWriter.Write(folder.Path, dataset.Study, dataset.Patients, ProactFolder.Anchor);

        foreach (var schema in ProactSchemas.All)
        {
            Assert.Equal(string.Join(',', schema.Columns), folder.Lines(schema.FileName)[0]);
        }
    }

    [Fact]
    public void Write_ImperialMeasures_AreWrittenInKilogramsAndCentimetres()
    {
        var dataset = ReadValid();
        using var folder = ProactFolder.Empty();

        ProactWriter.Write(folder.Path, dataset.Study, dataset.Patients, ProactFolder.Anchor);

        var header = folder.Lines("PROACT_VITALSIGNS.csv")[0].Split(',');
        var row = folder.Lines("PROACT_VITALSIGNS.csv").Select(l => l.Split(',')).Single(r => r[0] == "1002");
        Assert.Equal(("162.56", "Centimeters", "68.0388555", "Kilograms"),
            (row[Array.IndexOf(header, "Height")], row[Array.IndexOf(header, "Height_Units")], row[Array.IndexOf(header, "Weight")], row[Array.IndexOf(header, "Weight_Units")]));
    }

    [Fact]
    public void Write_DeletedPatientsAndRecords_AreLeftOut()
    {
        var dataset = ReadValid();
        var at = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        dataset.Patients[1].Patient.MarkDeleted(at, "entered in error");
        dataset.Patients[0].Alsfrs[1].MarkDeleted(at, "duplicate visit");
        using var folder = ProactFolder.Empty();

        ProactWriter.Write(folder.Path, dataset.Study, dataset.Patients, ProactFolder.Anchor);
        var reread = folder.Read().Dataset!;

        Assert.Equal(["1001", "1003", "1004", "1005"], reread.Patients.Select(p => p.Patient.Code));
        Assert.Equal([0, 182], reread.Patients[0].Alsfrs.Select(a => a.Details.Date.DayNumber - ProactFolder.Anchor.DayNumber));
    }

    [Fact]
    public void Write_PatientOfAnotherStudy_Throws()
    {
        var dataset = ReadValid();
        var other = Study.Create("Other", "OTHER", [], []).Value;
        using var folder = ProactFolder.Empty();

        Assert.Throws<ArgumentException>(() => ProactWriter.Write(folder.Path, other, dataset.Patients, ProactFolder.Anchor));
    }
}
