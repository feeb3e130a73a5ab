using System.Text.Json;
using static Motus.Cli.Tests.Stats.StatsTestData;

namespace Motus.Cli.Tests.Evidence;

/// <summary>
/// <c>motus evidence …</c> on the shipped library. Pooled numbers are compared with the metafor fixture of
/// tests/fixtures/r/evidence/make.R at 1e-6 relative (REML).
/// </summary>
public sealed class EvidenceCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "motus-evidence-cli-" + Guid.NewGuid().ToString("N"));

    public EvidenceCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task List_RouteIntrathecal_ListsOnlyIntrathecalStudies()
    {
        var run = await _cli.RunRawAsync("evidence", "list", "--route", "intrathecal", "--json");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal("intrathecal", r.GetProperty("route").GetString()));
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "Cudkowicz2022");
    }

    [Fact]
    public async Task List_PhaseTwo_MatchesEveryPhaseContainingTwoAsAPart()
    {
        var run = await _cli.RunRawAsync("evidence", "list", "--phase", "2", "--json");

        var ids = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "Karussis2010", "Petrou2016", "Oh2018", "Goutman2018", "Berry2019", "GeijoBarrientos2020", "FrontBiosci2021" }, ids);
    }

    [Fact]
    public async Task List_RandomisedAndNegative_IsTheNurOwnPhase3()
    {
        var run = await _cli.RunRawAsync("evidence", "list", "--design", "randomized-placebo", "--conclusion", "negative", "--year-from", "2020", "--year-to", "2022");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cudkowicz2022", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 30 studies", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cell-type", "ipsc")]
    [InlineData("--route", "oral")]
    public async Task List_UnknownCode_IsUsageError(string option, string value)
    {
        var run = await _cli.RunRawAsync("evidence", "list", option, value);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task List_InvertedYears_IsUsageError()
    {
        var run = await _cli.RunRawAsync("evidence", "list", "--year-from", "2022", "--year-to", "2010");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("year range 2022–2010 is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Baek2012_PrintsStatusSourceAndWhyUnverified()
    {
        var run = await _cli.RunRawAsync("evidence", "show", "Baek2012");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("22854595", run.Out, StringComparison.Ordinal);
        Assert.Contains("unverified", run.Out, StringComparison.Ordinal);
        Assert.Contains("litmetric", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_IsTheRecordWithStatuses()
    {
        var run = await _cli.RunRawAsync("evidence", "show", "Cudkowicz2022", "--json");

        var s = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(95, s.GetProperty("nTreated").GetProperty("value").GetInt32());
        Assert.Equal("unverified", s.GetProperty("nTreated").GetProperty("status").GetString());
        Assert.Equal(0.45, s.GetProperty("efficacy")[0].GetProperty("pValue").GetDouble());
    }

    [Fact]
    public async Task Show_UnknownId_IsUsageErrorListingIds()
    {
        var run = await _cli.RunRawAsync("evidence", "show", "Nobody2020");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("known ids: Deda2009", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_OneRowPerStudyWithStatusColumns()
    {
        var path = Path.Combine(_dir, "studies.csv");

        var run = await _cli.RunRawAsync("evidence", "export", "--format", "csv", "--out", path);

        Assert.Equal(0, run.ExitCode);
        var lines = (await File.ReadAllTextAsync(path)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,firstAuthor,firstAuthor_status,year,year_status,", lines[0], StringComparison.Ordinal);
        Assert.Equal(31, lines.Length);
        Assert.StartsWith("Deda2009,Deda,verified,2009,verified,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_HoldsStudiesAndReviews()
    {
        var path = Path.Combine(_dir, "library.json");

        var run = await _cli.RunRawAsync("evidence", "export", "--format", "json", "--out", path);

        Assert.Equal(0, run.ExitCode);
        var doc = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
        Assert.Equal(30, doc.GetProperty("studies").GetArrayLength());
        Assert.Equal(4, doc.GetProperty("reviews").GetArrayLength());
    }

    [Fact]
    public async Task Pool_Deaths_EqualsMetaforAndWritesForestPlot()
    {
        var svg = Path.Combine(_dir, "death.svg");
        var r = Fixture("evidence", "pool.json").GetProperty("death").GetProperty("plo_reml_knha");

        var run = await _cli.RunRawAsync("evidence", "pool", "--outcome", "ae:death", "--svg", svg, "--json");

        Assert.Equal(0, run.ExitCode);
        var j = JsonDocument.Parse(run.Out).RootElement;
        Assert.True(j.GetProperty("pooled").GetBoolean());
        Relative(r.GetProperty("prop").GetDouble(), j.GetProperty("estimate").GetDouble(), 1e-6, "estimate");
        Relative(r.GetProperty("prop_ci_lb").GetDouble(), j.GetProperty("ciLower").GetDouble(), 1e-6, "ci.lb");
        Relative(r.GetProperty("prop_pi_ub").GetDouble(), j.GetProperty("piUpper").GetDouble(), 1e-6, "pi.ub");
        Relative(r.GetProperty("tau2").GetDouble(), j.GetProperty("tau2").GetDouble(), 1e-6, "tau2");
        Relative(r.GetProperty("i2").GetDouble(), j.GetProperty("i2").GetDouble(), 1e-6, "I2");
        Assert.Contains("<svg", await File.ReadAllTextAsync(svg), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pool_AlsfrsDifference_SaysTooFewStudiesPlainly()
    {
        var svg = Path.Combine(_dir, "alsfrs.svg");

        var run = await _cli.RunRawAsync("evidence", "pool", "--outcome", "efficacy:alsfrs-r-change-difference", "--svg", svg);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Not pooled. Only 1 comparable study reports this outcome; at least 3 are needed", run.Out, StringComparison.Ordinal);
        Assert.Contains("Oh2018", run.Out, StringComparison.Ordinal);
        Assert.Contains("Not pooled: 1 comparable study, minimum 3", await File.ReadAllTextAsync(svg), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pool_HkFalse_EqualsMetaforZTestAndSaysSo()
    {
        var run = await _cli.RunRawAsync("evidence", "pool", "--outcome", "ae:death", "--hk", "false", "--json");
        var r = Fixture("evidence", "pool.json").GetProperty("death").GetProperty("plo_reml_z");

        var j = JsonDocument.Parse(run.Out).RootElement;
        Assert.Contains("Wald z test", j.GetProperty("method").GetString(), StringComparison.Ordinal);
        Relative(r.GetProperty("prop_ci_ub").GetDouble(), j.GetProperty("ciUpper").GetDouble(), 1e-6, "ci.ub");
    }

    [Theory]
    [InlineData("ae:sneezing")]
    [InlineData("death")]
    public async Task Pool_BadOutcome_IsUsageError(string outcome)
    {
        var run = await _cli.RunRawAsync("evidence", "pool", "--outcome", outcome);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: Invalid option:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summaries_WritesOnePagePerCellTypeAndRouteWithDisclaimer()
    {
        var run = await _cli.RunRawAsync("evidence", "summaries", "--out", _dir);

        Assert.Equal(0, run.ExitCode);
        var pages = Directory.GetFiles(_dir, "*--*.md");
        Assert.Equal(14, pages.Length);
        foreach (var page in pages.Append(Path.Combine(_dir, "index.md")))
        {
            Assert.Contains("Motus gives no medical advice", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
        }

        var msc = await File.ReadAllTextAsync(Path.Combine(_dir, "msc--intrathecal.md"));
        Assert.Contains("Oh 2018, Ann Neurol (randomized-open, 33 treated)", msc, StringComparison.Ordinal);
        Assert.Contains("FrontBiosci2021: Monthly ALSFRS-R progression improved >25% in 15/19", msc, StringComparison.Ordinal);
        Assert.Contains("Prabhakar2012", await File.ReadAllTextAsync(Path.Combine(_dir, "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_FolderBreakingARule_IsDataErrorNamingFileFieldRule()
    {
        var studies = Path.Combine(_dir, "data", "studies");
        Directory.CreateDirectory(studies);
        var source = Path.Combine(CliHarness.RepoRoot(), "data", "evidence", "studies", "Deda2009.json");
        await File.WriteAllTextAsync(Path.Combine(studies, "Deda2009.json"), (await File.ReadAllTextAsync(source)).Replace("\"value\": 13,", "\"value\": 0,", StringComparison.Ordinal));

        var run = await _cli.RunRawAsync("evidence", "list", "--data", Path.Combine(_dir, "data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("studies/Deda2009.json: nTreated.value: [n-positive]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_MissingFolder_IsUsageError()
    {
        var run = await _cli.RunRawAsync("evidence", "list", "--data", Path.Combine(_dir, "nothing"));

        Assert.Equal(1, run.ExitCode);
    }
}
