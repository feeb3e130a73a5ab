using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>
/// The record forms are read in parallel; what a read returns must not depend on which form finishes first: the
/// same errors in the same order, the same records in the same order, and the error limit applied in file order.
/// </summary>
public sealed class ProactReaderParallelFormsTests
{
    private const string Alsfrs = "PROACT_ALSFRS.csv";
    private const string Fvc = "PROACT_FVC.csv";
    private const string DeathData = "PROACT_DEATHDATA.csv";
    private const string AdverseEvents = "PROACT_ADVERSEEVENTS.csv";

    [Fact]
    public void Read_ErrorsInSeveralRecordForms_SameListInFileThenLineOrderEveryTime()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine(Alsfrs, "9999,4,4,4,4,4,,4,4,4,4,,5,,,4,4,4,Clinic,Patient");
        folder.AppendLine(Alsfrs, "1001,x,4,4,4,4,,4,4,4,4,,500,,,4,4,4,Clinic,Patient");
        folder.AppendLine(Alsfrs, "8888,4,4,4,4,4,,4,4,4,4,,5,,,4,4,4,Clinic,Patient");
        folder.AppendLine(Alsfrs, "9999,4,4,4,4,4,,4,4,4,4,,6,,,4,4,4,Clinic,Patient");
        folder.AppendLine(Fvc, "1001,y,80,,,,,4.2,Liters,500");
        folder.AppendLine(Fvc, "8888,3.1,80,,,,,4.0,Liters,0");
        folder.AppendLine(DeathData, "1001,Maybe,5");
        folder.AppendLine(AdverseEvents, "7777,Tension headache,Headache,Headaches NEC,,Nervous system disorders,Nerv,10029205,Mild,Recovered,5,7");

        var results = Enumerable.Range(0, 20).Select(_ => folder.Read()).ToList();

        (string File, int Line, string? Column, string? Value, string RuleId)[] expected =
        [
            (AdverseEvents, 10, "subject_id", "7777", ImportRuleIds.Orphan),
            (Alsfrs, 14, "subject_id", "9999", ImportRuleIds.Orphan),
            (Alsfrs, 15, "Q1_Speech", "x", ImportRuleIds.Number),
            (Alsfrs, 16, "subject_id", "8888", ImportRuleIds.Orphan),
            (DeathData, 4, "Subject_Died", "Maybe", ImportRuleIds.Code),
            (Fvc, 8, "Subject_Liters_Trial_1", "y", ImportRuleIds.Number),
            (Fvc, 9, "subject_id", "8888", ImportRuleIds.Orphan),
        ];
        Assert.All(results, r => Assert.Equal(expected, r.Errors.Select(e => (e.File, e.Line, e.Column, e.Value, e.RuleId))));
        Assert.All(results, r => Assert.Equal(results[0].Errors.Select(e => e.Message), r.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Read_ErrorLimitReachedAcrossTwoForms_KeepsTheFirstErrorsInFileOrder()
    {
        // ALSFRS is read before FVC: with the limit 10 errors past ALSFRS's, those are FVC's first ten, whichever
        // form's reading finishes first.
        using var folder = ProactFolder.CopyOfValid();
        var alsfrsHeader = folder.Lines(Alsfrs)[0];
        folder.WriteLines(Alsfrs, [alsfrsHeader, .. Enumerable.Range(0, ProactReader.MaxErrors - 10).Select(i => $"1001,x,,,,,,,,,,,{i},,,,,,,")]);
        var fvcHeader = folder.Lines(Fvc)[0];
        folder.WriteLines(Fvc, [fvcHeader, .. Enumerable.Range(0, 30).Select(i => $"1001,y,80,,,,,4.2,Liters,{i}")]);

        for (var repeat = 0; repeat < 5; repeat++)
        {
            var result = folder.Read();

            Assert.Equal(ProactReader.MaxErrors + 1, result.Errors.Count);
            Assert.Equal(ProactReader.MaxErrors - 10, result.Errors.Count(e => e.File == Alsfrs));
            Assert.Equal(Enumerable.Range(2, 10), result.Errors.Where(e => e.File == Fvc).Select(e => e.Line));
            Assert.Equal((ImportRuleIds.TooManyErrors, "20"), (result.Errors[^1].RuleId, result.Errors[^1].Value));
        }
    }

    [Fact]
    public void Read_CrossRecordErrorsAcrossManyPatients_SameListEveryTime()
    {
        // 2,000 subjects: the cross-record checks run in several parts; records dated after death in the first,
        // a middle and the last dead subject are reported at their lines, in order, on every read.
        using var folder = ProactFolder.Empty();
        LargeProactFolder.Generate(folder.Path, 2000);
        var line = folder.Lines(Alsfrs).Length;
        var header = folder.Lines(Alsfrs)[0].Split(',');
        foreach (var subject in new[] { 100_000, 101_000, 101_995 })
        {
            folder.AppendLine(Alsfrs, string.Join(',', header.Select(c => c switch
            {
                "subject_id" => subject.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "ALSFRS_Delta" => "900",
                "ALSFRS_R_Total" => "48",
                "Mode_of_Administration" => "Clinic",
                "ALSFRS_Responded_By" => "Patient",
                _ when c.StartsWith('Q') && !c.StartsWith("Q10", StringComparison.Ordinal) && !c.StartsWith("Q5b", StringComparison.Ordinal) => "4",
                _ when c.StartsWith("R_", StringComparison.Ordinal) => "4",
                _ => "",
            })));
        }

        var results = Enumerable.Range(0, 5).Select(_ => folder.Read()).ToList();

        Assert.All(results, r => Assert.Equal(
            [(Alsfrs, line + 1, "100000"), (Alsfrs, line + 2, "101000"), (Alsfrs, line + 3, "101995")],
            r.Errors.Select(e => (e.File, e.Line, e.Message.Contains("death", StringComparison.Ordinal) ? SubjectOf(folder, e.Line) : "?"))));
        Assert.All(results, r => Assert.All(r.Errors, e => Assert.Equal(Motus.Domain.Validation.DomainRules.NothingAfterDeath.Id, e.RuleId)));
        Assert.All(results, r => Assert.Equal(results[0].Errors, r.Errors));
    }

    [Fact]
    public void Read_ValidFolder_RecordsOfEachPatientInFileOrderEveryTime()
    {
        var results = Enumerable.Range(0, 10).Select(_ => ProactReader.Read(ProactFolder.ValidFixture, ProactFolder.Options)).ToList();

        static IEnumerable<string> Shape(ProactReadResult r) => r.Dataset!.Patients.SelectMany(p =>
            p.AllRecords().Select(x => $"{p.Patient.Code} {x.Kind} {string.Join(";", x.Record.Content.Dates().Select(d => d.Date))}"));
        var first = Shape(results[0]).ToList();
        Assert.NotEmpty(first);
        Assert.All(results, r => Assert.Equal(first, Shape(r)));

        var alsfrsDates = results[0].Dataset!.Patients.Single(p => p.Patient.Code == "1005").Alsfrs.Select(a => a.Details.Date).ToList();
        Assert.Equal(3, alsfrsDates.Count);
        Assert.Equal(alsfrsDates.Order(), alsfrsDates);
    }

    private static string SubjectOf(ProactFolder folder, int line) => folder.Lines(Alsfrs)[line - 1].Split(',')[0];
}
