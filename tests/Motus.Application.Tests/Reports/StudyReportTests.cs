using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Application.Import;
using Motus.Application.Patients;
using Motus.Application.Reports;
using Motus.Testing;

namespace Motus.Application.Tests.Reports;

/// <summary>The study report on the 60-patient synthetic demo (samples/proact-demo), against the analyses run directly.</summary>
public sealed class StudyReportTests
{
    private static string Demo => Path.Combine(RepoPaths.Root(), "samples", "proact-demo");

    private static async Task<TempDatabase> DemoDatabaseAsync()
    {
        var t = await TempDatabase.CreateAsync();
        var import = await new ImportProact(t.Database).RunAsync(new ImportProactRequest(Demo, "DEMO", "Demo", "DEMO", new DateOnly(2000, 1, 1), "tester@cli"));
        Assert.Empty(import.Errors);
        return t;
    }

    [Fact]
    public async Task Run_Demo_HasEverySectionAndStatesItsChoices()
    {
        await using var t = await DemoDatabaseAsync();

        var html = await new StudyReport(t.Database).RunAsync(null, new StudyReportOptions());

        foreach (var id in new[] { "enrolment", "baseline", "survival", "slopes", "cafs", "safety", "responders" })
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("Control arm: Placebo (its code names a placebo or control arm", html, StringComparison.Ordinal);
        Assert.Contains("Time origin: FirstRating (no enrolment dates are recorded", html, StringComparison.Ordinal);
        Assert.Contains("NurOwn phase 3 placebo", html, StringComparison.Ordinal);
        Assert.True(html.Split("<svg").Length - 1 >= 2, "KM and observed-means charts");
    }

    [Fact]
    public async Task Run_Demo_PrintsTheLogRankOfTheSurvivalAnalysis()
    {
        await using var t = await DemoDatabaseAsync();
        await using var db = t.Database.CreateContext();
        var records = await PatientRecords.LoadAsync(db, db.Patients);
        var expected = SurvivalByArm.Analyse(records, CompositeEndpointDefinition.DeathTracheostomyPav, TimeOrigin.FirstRating).LogRank!;

        var html = await new StudyReport(t.Database).RunAsync("DEMO", new StudyReportOptions());

        Assert.Contains($"χ² = {ReportFormat.Number(expected.ChiSquare, 3)} on {expected.DegreesOfFreedom} df, p = {ReportFormat.PValue(expected.PValue)}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownStudyOrArm_IsAUsageError()
    {
        await using var t = await DemoDatabaseAsync();

        var study = await Assert.ThrowsAsync<MotusException>(() => new StudyReport(t.Database).RunAsync("NOPE", new StudyReportOptions()));
        var arm = await Assert.ThrowsAsync<MotusException>(() => new StudyReport(t.Database).RunAsync(null, new StudyReportOptions { ControlArm = "Sham" }));

        Assert.Equal(ExitCategory.Usage, study.Category);
        Assert.Contains("No arm Sham in this study; arms: Active, Placebo.", arm.Message, StringComparison.Ordinal);
    }
}
