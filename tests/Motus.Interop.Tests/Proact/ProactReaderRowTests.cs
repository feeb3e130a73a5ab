using Motus.Domain.Patients;
using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>Row-level rules beyond the main catalogue: required cells, units, codes, merged rows, subjects, cross-record mapping.</summary>
public sealed class ProactReaderRowTests
{
    [Fact]
    public void Read_EmptyDelta_ReportsRequired()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_ALSFRS.csv", 3, "ALSFRS_Delta", "");

        ErrorAssert.Single(folder.Read(), "PROACT_ALSFRS.csv", 3, "ALSFRS_Delta", "", ImportRuleIds.Required);
    }

    [Fact]
    public void Read_DeathWithoutDay_ReportsRequired()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_DEATHDATA.csv", 3, "Subject_Died", "Yes");

        ErrorAssert.Single(folder.Read(), "PROACT_DEATHDATA.csv", 3, "Death_Days", "", ImportRuleIds.Required);
    }

    [Fact]
    public void Read_WeightWithoutUnit_ReportsRequired()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_VITALSIGNS.csv", 3, "Weight_Units", "");

        ErrorAssert.Single(folder.Read(), "PROACT_VITALSIGNS.csv", 3, "Weight_Units", "", ImportRuleIds.Required);
    }

    [Fact]
    public void Read_UnknownUnit_ReportsCode()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_VITALSIGNS.csv", 2, "Height_Units", "furlongs");

        ErrorAssert.Single(folder.Read(), "PROACT_VITALSIGNS.csv", 2, "Height_Units", "furlongs", ImportRuleIds.Code);
    }

    [Fact]
    public void Read_WeightOutOfRangeAfterConversion_ReportsVs01InKilograms()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_VITALSIGNS.csv", 4, "Weight", "1000");  // 1000 lb = 453.6 kg

        var error = ErrorAssert.Single(folder.Read(), "PROACT_VITALSIGNS.csv", 4, "Weight", "453.59237", "VS-01");
        Assert.Contains("kg", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mode_of_Administration", "Video")]
    [InlineData("ALSFRS_Responded_By", "Neighbour")]
    public void Read_UnknownAlsfrsVocabulary_ReportsCode(string column, string value)
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_ALSFRS.csv", 2, column, value);

        ErrorAssert.Single(folder.Read(), "PROACT_ALSFRS.csv", 2, column, value, ImportRuleIds.Code);
    }

    [Fact]
    public void Read_UnknownSeverity_ReportsCode()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.Edit("PROACT_ADVERSEEVENTS.csv", t => t.Replace(",Mild,Recovered,5,7", ",Awful,Recovered,5,7", StringComparison.Ordinal));

        ErrorAssert.Single(folder.Read(), "PROACT_ADVERSEEVENTS.csv", 2, "Severity", "Awful", ImportRuleIds.Code);
    }

    [Fact]
    public void Read_InvalidSubjectCode_ReportsSubject()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_DEMOGRAPHICS.csv", 6, "subject_id", "10 05");
        folder.Edit("PROACT_ALSHISTORY.csv", t => t.Replace("\n1005,", "\n10 05,", StringComparison.Ordinal));

        var result = folder.Read();

        ErrorAssert.Contains(result, "PROACT_DEMOGRAPHICS.csv", 6, "subject_id", "10 05", ImportRuleIds.Subject);
        ErrorAssert.Contains(result, "PROACT_ALSHISTORY.csv", 6, "subject_id", "10 05", ImportRuleIds.Subject);
    }

    [Fact]
    public void Read_SubjectTwiceInDemographics_ReportsDuplicateRow()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine("PROACT_DEMOGRAPHICS.csv", folder.Lines("PROACT_DEMOGRAPHICS.csv")[1]);

        ErrorAssert.Single(folder.Read(), "PROACT_DEMOGRAPHICS.csv", 7, "subject_id", "1001", ImportRuleIds.DuplicateRow);
    }

    [Fact]
    public void Read_CodesDifferingOnlyInCase_ReportsPat10()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine("PROACT_DEMOGRAPHICS.csv", "ab1,0,50,,,,,,,,,,,Male");
        folder.AppendLine("PROACT_DEMOGRAPHICS.csv", "AB1,0,50,,,,,,,,,,,Male");

        ErrorAssert.Single(folder.Read(), "PROACT_DEMOGRAPHICS.csv", 8, "subject_id", "AB1", "PAT-10");
    }

    [Fact]
    public void Read_HistoryRowsGivingDifferentOnsets_ReportsConflict()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.AppendLine("PROACT_ALSHISTORY.csv", "1001,,,,,,,,,,,,,-500,,30");

        ErrorAssert.Single(folder.Read(), "PROACT_ALSHISTORY.csv", 7, "Onset_Delta", "-500", ImportRuleIds.Conflict);
    }

    [Fact]
    public void Read_HistoryRowsAddingFacts_AreMerged()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_ALSHISTORY.csv", 2, "Site_of_Onset", "");
        folder.AppendLine("PROACT_ALSHISTORY.csv", "1001,1,,,,,,,,,,,,-540,,30");

        var result = folder.Read();

        Assert.Empty(result.Errors);
        var p = result.Dataset!.Patients[0].Patient;
        Assert.Equal((OnsetRegion.Bulbar, new DateOnly(2018, 7, 10), new DateOnly(2019, 6, 15)), (p.OnsetRegion, p.OnsetDate, p.DiagnosisDate));
    }

    [Theory]
    [InlineData("1", "1", "", OnsetRegion.LimbAndBulbar)]
    [InlineData("", "Yes", "", OnsetRegion.Limb)]
    [InlineData("0", "0", "1.0", OnsetRegion.Axial)]
    public void Read_OnsetIndicators_MapToARegion(string bulbar, string limb, string spine, OnsetRegion expected)
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_ALSHISTORY.csv", 2, "Site_of_Onset", "");
        folder.SetCell("PROACT_ALSHISTORY.csv", 2, "Site_of_Onset___Bulbar", bulbar);
        folder.SetCell("PROACT_ALSHISTORY.csv", 2, "Site_of_Onset___Limb", limb);
        folder.SetCell("PROACT_ALSHISTORY.csv", 2, "Site_of_Onset___Spine", spine);

        var result = folder.Read();

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Dataset!.Patients[0].Patient.OnsetRegion);
    }

    [Fact]
    public void Read_PatientFactAfterDeath_ReportsXr01AtItsForm()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_RILUZOLE.csv", 6, "Riluzole_use_Delta", "250");

        ErrorAssert.Single(folder.Read(), "PROACT_RILUZOLE.csv", 6, "Riluzole_use_Delta", "250", "XR-01");
    }

    [Fact]
    public void Read_FatalEventEndingAnotherDay_ReportsAe05AtEndDelta()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.Edit("PROACT_ADVERSEEVENTS.csv", t => t.Replace(",Fatal,Fatal,180,200", ",Fatal,Fatal,180,199", StringComparison.Ordinal));

        ErrorAssert.Single(folder.Read(), "PROACT_ADVERSEEVENTS.csv", 8, "End_Date_Delta", "199", "AE-05");
    }

    [Fact]
    public void Read_FutureDate_ReportsGen01WithTheDelta()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_CONMEDS.csv", 3, "Stop_Delta", "1000000");

        ErrorAssert.Single(folder.Read(), "PROACT_CONMEDS.csv", 3, "Stop_Delta", "1000000", "GEN-01");
    }

    [Fact]
    public void Read_DeltaBeyondTheCalendar_ReportsNumber()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_CONMEDS.csv", 3, "Stop_Delta", "9999999");

        ErrorAssert.Single(folder.Read(), "PROACT_CONMEDS.csv", 3, "Stop_Delta", "9999999", ImportRuleIds.Number);
    }

    [Fact]
    public void Read_InvalidArmCode_ReportsStudy04AtTheTreatmentRow()
    {
        using var folder = ProactFolder.CopyOfValid();
        folder.SetCell("PROACT_TREATMENT.csv", 3, "Study_Arm", "Low dose");

        ErrorAssert.Single(folder.Read(), "PROACT_TREATMENT.csv", 3, "Study_Arm", "Low dose", "STUDY-04");
    }
}
