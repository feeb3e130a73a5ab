using Motus.Application.Analyses;

namespace Motus.Application.Tests.Analyses;

public sealed class StudyCohortLoaderTests(DemoStudy demo) : IClassFixture<DemoStudy>
{
    [Fact]
    public async Task LoadAsync_OneStudyNoProtocol_LoadsEveryPatientInCodeOrderInBatches()
    {
        var reports = new List<CohortLoadProgress>();

        var cohort = await StudyCohortLoader.LoadAsync(demo.Db.Database, new AnalysisScope(), new SyncProgress(reports.Add));

        Assert.Equal("PROACT", cohort.ProtocolId);
        Assert.True(cohort.DatesShifted);
        Assert.Equal(60, cohort.Records.Count);
        Assert.Equal(cohort.Records.Select(r => r.Patient.Code).Order(StringComparer.Ordinal), cohort.Records.Select(r => r.Patient.Code));
        Assert.Equal(["Active", "Placebo"], cohort.Arms);
        Assert.Equal([new CohortLoadProgress(0, 60), new CohortLoadProgress(60, 60)], reports);
    }

    [Fact]
    public async Task LoadAsync_OnePatient_LoadsOnlyThatPatientWithRecords()
    {
        var cohort = await StudyCohortLoader.LoadAsync(demo.Db.Database, new AnalysisScope("PROACT", "S000003"));

        var record = Assert.Single(cohort.Records);
        Assert.Equal("S000003", record.Patient.Code);
        Assert.Equal(8, record.Alsfrs.Count);
    }

    [Fact]
    public async Task LoadAsync_UnknownPatient_UsageErrorNamesCodeAndStudy()
    {
        var e = await Assert.ThrowsAsync<MotusException>(() => StudyCohortLoader.LoadAsync(demo.Db.Database, new AnalysisScope(null, "S999999")));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Equal("No patient with code S999999 in study PROACT.", e.Message);
    }

    [Fact]
    public async Task LoadAsync_UnknownStudy_UsageErrorListsStudies()
    {
        var e = await Assert.ThrowsAsync<MotusException>(() => StudyCohortLoader.LoadAsync(demo.Db.Database, new AnalysisScope("NOPE")));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Equal("No study with protocol id NOPE. Studies: PROACT.", e.Message);
    }

    [Fact]
    public async Task LoadAsync_NoStudy_UsageErrorSaysImportFirst()
    {
        await using var empty = await TempDatabase.CreateAsync();

        var e = await Assert.ThrowsAsync<MotusException>(() => StudyCohortLoader.LoadAsync(empty.Database, new AnalysisScope()));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Contains("holds no study", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_TwoStudiesNoProtocol_UsageErrorListsBoth()
    {
        await using var two = await SeededStudy.CreateAsync();
        await DemoStudy.ImportAsync(two, "PROACT");

        var e = await Assert.ThrowsAsync<MotusException>(() => StudyCohortLoader.LoadAsync(two.Database, new AnalysisScope()));
        var chosen = await StudyCohortLoader.LoadAsync(two.Database, new AnalysisScope("MOTUS-001"));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Equal("The database holds 2 studies (MOTUS-001, PROACT): choose one with --study PROTOCOL.", e.Message);
        Assert.Equal("P001", Assert.Single(chosen.Records).Patient.Code);
    }

    [Fact]
    public async Task RequireArm_OtherCase_ReturnsStudySpellingElseListsArms()
    {
        var cohort = await StudyCohortLoader.LoadAsync(demo.Db.Database, new AnalysisScope("PROACT", "S000001"));

        Assert.Equal("Placebo", cohort.RequireArm("PLACEBO", "--control"));
        var unknown = Assert.Throws<MotusException>(() => cohort.RequireArm("Sham", "--control"));
        var missing = Assert.Throws<MotusException>(() => cohort.RequireArm(null, "--control"));
        Assert.StartsWith("--control Sham: study PROACT has no such arm (arms: ", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("Give --control ARM (arms of study PROACT: ", missing.Message, StringComparison.Ordinal);
    }

    /// <summary>IProgress that reports synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<CohortLoadProgress> report) : IProgress<CohortLoadProgress>
    {
        public void Report(CohortLoadProgress value) => report(value);
    }
}
