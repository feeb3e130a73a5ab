using System.Text.Json;

namespace Motus.Cli.Tests.Simulate;

/// <summary><c>motus simulate cohort|calibrate</c> and <c>motus demo</c> end to end, through the real command line.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("motus-cli-sim-").FullName;

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task SimulateCohort_ThenImportProact_SucceedsWithEveryPatient()
    {
        var out1 = Path.Combine(_dir, "a");

        var simulated = await _cli.RunAsync("simulate", "cohort", "--patients", "150", "--seed", "3", "--out", out1, "--json");
        Assert.Equal(0, (await _cli.RunAsync("init")).ExitCode);
        var imported = await _cli.RunAsync("import", "proact", out1, "--study", "SIM", "--json");

        Assert.Equal(0, simulated.ExitCode);
        Assert.Equal(0, imported.ExitCode);
        using var sim = JsonDocument.Parse(simulated.Out);
        using var imp = JsonDocument.Parse(imported.Out);
        Assert.Equal(150, imp.RootElement.GetProperty("patientsAdded").GetInt32());
        Assert.Equal(sim.RootElement.GetProperty("rows").GetInt64(), imp.RootElement.GetProperty("rowsRead").GetInt64());
    }

    [Fact]
    public async Task SimulateCohort_UnverifiedOptionsChangeTheOutput_SameOptionsSameBytes()
    {
        await _cli.RunAsync("simulate", "cohort", "--patients", "50", "--out", Path.Combine(_dir, "a"));
        await _cli.RunAsync("simulate", "cohort", "--patients", "50", "--out", Path.Combine(_dir, "b"));
        await _cli.RunAsync("simulate", "cohort", "--patients", "50", "--out", Path.Combine(_dir, "c"), "--residual-sd", "2", "--curvature", "1.2", "--slope-drift", "0.1");

        var a = File.ReadAllBytes(Path.Combine(_dir, "a", "PROACT_ALSFRS.csv"));
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(_dir, "b", "PROACT_ALSFRS.csv")));
        Assert.NotEqual(a, File.ReadAllBytes(Path.Combine(_dir, "c", "PROACT_ALSFRS.csv")));
    }

    [Fact]
    public async Task SimulateCalibrate_Json_ListsTargetsWithSourcesAndBands()
    {
        var run = await _cli.RunAsync("simulate", "calibrate", "--patients", "2000", "--seed", "5", "--json");

        using var json = JsonDocument.Parse(run.Out);
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(14, targets.Count);
        Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("source").GetString())));
        Assert.Equal(json.RootElement.GetProperty("allPassed").GetBoolean() ? 0 : 2, run.ExitCode);
    }

    [Fact]
    public async Task SimulateCalibrate_TooFewPatients_UsageError()
    {
        var run = await _cli.RunAsync("simulate", "calibrate", "--patients", "10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least 100", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ThenAnalyzeSlopes_StudyReadyForAnalysis()
    {
        var demo = await _cli.RunAsync("demo", "--patients", "24", "--seed", "9", "--json");
        var slopes = await _cli.RunAsync("analyze", "slopes", "--study", "DEMO", "--json");
        var again = await _cli.RunAsync("demo", "--patients", "24");

        Assert.Equal(0, demo.ExitCode);
        using var json = JsonDocument.Parse(demo.Out);
        Assert.Equal(12, json.RootElement.GetProperty("patients").GetProperty("Active").GetInt32());
        Assert.Equal(0, slopes.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
    }
}
