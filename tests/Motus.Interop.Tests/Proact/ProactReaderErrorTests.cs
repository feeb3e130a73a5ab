using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>
/// The catalogue of malformed inputs: each test copies the valid fixture, breaks one thing, and asserts the exact
/// error (file, line, column, value, rule). ALSFRS lines: 2–4 subject 1001, 5–6 1002, 7–8 1003, 9–10 1004, 11–13 1005.
/// </summary>
public sealed class ProactReaderErrorTests
{
    private const string Alsfrs = "PROACT_ALSFRS.csv";
    private const string Demographics = "PROACT_DEMOGRAPHICS.csv";
    private const string History = "PROACT_ALSHISTORY.csv";
    private const string Fvc = "PROACT_FVC.csv";
    private const string AdverseEvents = "PROACT_ADVERSEEVENTS.csv";

    [Fact]
    public void Read_RequiredColumnMissing_ReportsColumnOnHeaderLine()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.RemoveColumn(Alsfrs, "Q1_Speech");

        ErrorAssert.Single(folder.Read(), Alsfrs, 1, "Q1_Speech", null, ImportRuleIds.ColumnMissing);
    }

    [Fact]
    public void Read_UnknownColumn_ReportsColumnOnHeaderLine()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.WriteLines(Alsfrs, folder.Lines(Alsfrs).Select((l, i) => l + (i == 0 ? ",Favourite_Colour" : ",Blue")));

        ErrorAssert.Single(folder.Read(), Alsfrs, 1, "Favourite_Colour", "Favourite_Colour", ImportRuleIds.ColumnUnknown);
    }

    [Fact]
    public void Read_DuplicatedColumn_ReportsColumnOnHeaderLine()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.WriteLines(Alsfrs, folder.Lines(Alsfrs).Select((l, i) => l + (i == 0 ? ",mode_of_administration" : ",Clinic")));

        ErrorAssert.Single(folder.Read(), Alsfrs, 1, "mode_of_administration", "mode_of_administration", ImportRuleIds.ColumnDuplicate);
    }

    [Theory]
    [InlineData("four")]
    [InlineData("3,5")]
    [InlineData("3.5")]
    [InlineData("NaN")]
    public void Read_BadNumber_ReportsCellAndValue(string value)
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.EditLine(Alsfrs, 2, l => l.Replace("1001,4,4,4,", $"1001,4,4,\"{value}\",", StringComparison.Ordinal));

        ErrorAssert.Single(folder.Read(), Alsfrs, 2, "Q3_Swallowing", value, ImportRuleIds.Number);
    }

    [Fact]
    public void Read_ItemOutOfRange_ReportsAlsfrs01AtTheItem()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(Alsfrs, 2, "Q1_Speech", "5");

        ErrorAssert.Single(folder.Read(), Alsfrs, 2, "Q1_Speech", "5", "ALSFRS-01");
    }

    [Fact]
    public void Read_FiveAAndFiveBBothScored_ReportsAlsfrs02AtFiveB()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(Alsfrs, 2, "Q5b_Cutting_with_Gastrostomy", "3");

        ErrorAssert.Single(folder.Read(), Alsfrs, 2, "Q5b_Cutting_with_Gastrostomy", "3", "ALSFRS-02");
    }

    [Fact]
    public void Read_TotalDisagreesWithItems_ReportsAlsfrs05AtTheTotal()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(Alsfrs, 2, "ALSFRS_R_Total", "44");

        ErrorAssert.Single(folder.Read(), Alsfrs, 2, "ALSFRS_R_Total", "44", "ALSFRS-05");
    }

    [Fact]
    public void Read_SameSubjectAndDeltaTwice_ReportsDuplicateRowAtSecond()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine(Alsfrs, folder.Lines(Alsfrs)[1]);

        ErrorAssert.Single(folder.Read(), Alsfrs, 14, "ALSFRS_Delta", "0", ImportRuleIds.DuplicateRow);
    }

    [Fact]
    public void Read_OnsetAfterDiagnosis_ReportsPat03AtDiagnosisDelta()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(History, 2, "Onset_Delta", "-100");

        var error = ErrorAssert.Single(folder.Read(), History, 2, "Diagnosis_Delta", "-200", "PAT-03");
        Assert.Contains("2019-06-15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordAfterDeath_ReportsXr01AtThatRecord()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine(Fvc, "1005,1.5,40,,,,,3.8,Liters,210");

        ErrorAssert.Single(folder.Read(), Fvc, 8, "Forced_Vital_Capacity_Delta", "210", "XR-01");
    }

    [Fact]
    public void Read_LastRowCutMidLine_ReportsTruncatedRow()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.Edit(Alsfrs, text => text[..text.LastIndexOf(",120,", StringComparison.Ordinal)]);

        ErrorAssert.Single(folder.Read(), Alsfrs, 13, null, null, ImportRuleIds.Truncated);
    }

    [Fact]
    public void Read_FileCutInsideQuotedField_ReportsTruncatedRow()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.Edit(AdverseEvents, text => text[..(text.LastIndexOf("\"Injury", StringComparison.Ordinal) + 8)]);

        ErrorAssert.Single(folder.Read(), AdverseEvents, 9, null, null, ImportRuleIds.Truncated);
    }

    [Fact]
    public void Read_SemicolonDelimiter_ReportsDelimiterOnHeader()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.Edit(Fvc, text => text.Replace(',', ';'));

        ErrorAssert.Single(folder.Read(), Fvc, 1, null, ";", ImportRuleIds.Delimiter);
    }

    [Fact]
    public void Read_Latin1Byte_ReportsEncodingAtCell()
    {
        using var folder = ProactFolder.CopyOfValid();
        var lines = folder.Lines(AdverseEvents);
        lines[1] = lines[1].Replace("Tension headache", "Névralgie", StringComparison.Ordinal);
        folder.WriteBytes(AdverseEvents, ProactFolder.Latin1(string.Join('\n', lines) + "\n"));

        var error = ErrorAssert.Single(folder.Read(), AdverseEvents, 2, "Lowest_Level_Term", "0xE9", ImportRuleIds.Encoding);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1ByteInDemographics_ReportsOnlyTheEncoding()
    {
        using var folder = ProactFolder.CopyOfValid();
        var lines = folder.Lines(Demographics);
        lines[2] = lines[2].Replace("Hispanic or Latino", "Hispánico", StringComparison.Ordinal);
        lines[3] = lines[3].Replace(",Female", ",Fémale", StringComparison.Ordinal);
        folder.WriteBytes(Demographics, ProactFolder.Latin1(string.Join('\n', lines) + "\n"));

        var result = folder.Read();

        Assert.Equal([(3, "Ethnicity", "0xE1"), (4, "Sex", "0xE9")], result.Errors.Select(e => (e.Line, e.Column, e.Value)));
        Assert.All(result.Errors, e => Assert.Equal((Demographics, ImportRuleIds.Encoding), (e.File, e.RuleId)));
    }

    [Fact]
    public void Read_EmptyFile_ReportsEmptyForTheWholeFile()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.WriteBytes(Fvc, []);

        ErrorAssert.Single(folder.Read(), Fvc, 0, null, null, ImportRuleIds.Empty);
    }

    [Fact]
    public void Read_SubjectMissingFromDemographics_ReportsOrphanAtItsFirstLine()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine("PROACT_RILUZOLE.csv", "9999,Yes,0");
        folder.AppendLine(Fvc, "9999,3.1,80,,,,,4.0,Liters,0");
        folder.AppendLine(Fvc, "9999,3.0,78,,,,,4.0,Liters,30");

        var result = folder.Read();

        Assert.Equal(2, result.Errors.Count);
        ErrorAssert.Contains(result, Fvc, 8, "subject_id", "9999", ImportRuleIds.Orphan);
        ErrorAssert.Contains(result, "PROACT_RILUZOLE.csv", 7, "subject_id", "9999", ImportRuleIds.Orphan);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Robot")]
    public void Read_UnknownSex_ReportsCode(string sex)
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(Demographics, 2, "Sex", sex);

        ErrorAssert.Single(folder.Read(), Demographics, 2, "Sex", sex, ImportRuleIds.Code);
    }

    [Fact]
    public void Read_SameFormUnderBothNames_ReportsDuplicateFile()
    {
        using var folder = ProactFolder.CopyOfValid();
        File.Copy(folder.FileOf(Alsfrs), folder.FileOf("alsfrs.csv"));

        ErrorAssert.Single(folder.Read(), "alsfrs.csv", 0, null, Alsfrs, ImportRuleIds.FileDuplicate);
    }

    [Fact]
    public void Read_ErrorsInSeveralFiles_ReportsEveryOneOrderedByFile()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell(Alsfrs, 3, "Q1_Speech", "7");
        folder.SetCell(Demographics, 4, "Sex", "Robot");
        folder.Edit(Fvc, text => text.Replace(',', ';'));
        folder.SetCell(History, 5, "Diagnosis_Delta", "-400");

        var result = folder.Read();

        Assert.Equal(
            [
                (Alsfrs, 3, "Q1_Speech", "7", "ALSFRS-01"),
                (History, 5, "Diagnosis_Delta", "-400", "PAT-03"),
                (Demographics, 4, "Sex", "Robot", ImportRuleIds.Code),
                (Fvc, 1, (string?)null, ";", ImportRuleIds.Delimiter),
            ],
            result.Errors.Select(e => (e.File, e.Line, e.Column, e.Value, e.RuleId)));
    }
}
