using System.Text.Json;

namespace Motus.Cli.Tests.Claim;

/// <summary><c>motus claim check</c>: flags and claim file agree, results do not depend on --threads, errors are usage errors.</summary>
public sealed class ClaimCheckCommandTests
{
    private static readonly string[] WorkedExampleFlags =
        ["claim", "check", "--n", "19", "--responders", "15", "--threshold", "0.25", "--pre", "-3,-2,-1,0", "--post", "0,1,2,3"];

    private static string ExampleFile => Path.Combine(CliHarness.RepoRoot(), "docs", "examples", "claim-check.json");

    [Fact]
    public async Task ClaimCheck_ExampleFileAndSameFlags_IdenticalJson()
    {
        using var cli = new CliHarness();

        var fromFile = await cli.RunRawAsync("claim", "check", ExampleFile, "--json");
        var fromFlags = await cli.RunRawAsync([.. WorkedExampleFlags, "--json"]);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(fromFile.Out, fromFlags.Out);
        var json = JsonDocument.Parse(fromFile.Out).RootElement;
        Assert.Equal(0.459, json.GetProperty("nullRate").GetDouble(), 0.01); // scenario C of trial-methods §3.4
        Assert.Equal(18, json.GetProperty("grid").GetArrayLength());
    }

    [Fact]
    public async Task ClaimCheck_Json_ShapeMatchesSnapshot()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync([.. WorkedExampleFlags, "--replicates", "10000", "--studies", "100", "--grid-residual-sd", "1.6", "--grid-slope-sd", "0.6", "--json"]);

        Assert.Equal(0, run.ExitCode);
        var actual = Analyze.AnalyzeSnapshotTests.Shape(JsonDocument.Parse(run.Out).RootElement);
        var path = Path.Combine(CliHarness.RepoRoot(), "tests", "Motus.Cli.Tests", "Snapshots", "motus-claim-check.json-shape.txt");
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with MOTUS_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    [Fact]
    public async Task ClaimCheck_DifferentThreads_IdenticalOutput()
    {
        using var cli = new CliHarness();
        string[] args = [.. WorkedExampleFlags, "--replicates", "50000", "--studies", "5000", "--grid-slope-sd", "0.6", "--json"];

        var one = await cli.RunRawAsync([.. args, "--threads", "1"]);
        var three = await cli.RunRawAsync([.. args, "--threads", "3"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, three.Out);
    }

    [Fact]
    public async Task ClaimCheck_Text_NamesModelAssumptionsAndTails()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync([.. WorkedExampleFlags, "--replicates", "20000", "--studies", "2000", "--grid-residual-sd", ""]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Null model: Linear Gaussian natural history", run.Out, StringComparison.Ordinal);
        Assert.Contains("Assumptions:", run.Out, StringComparison.Ordinal);
        Assert.Contains("P(≥ 15 of 19 responders | no treatment)", run.Out, StringComparison.Ordinal);
        Assert.Contains("from 2,000 simulated studies", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Sensitivity", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--entry", "baseline>=30", "Unknown entry rule")]
    [InlineData("--responders", "20", "responder count")]
    [InlineData("--pre", "0,-3", "strictly increasing")]
    [InlineData("--threads", "0", "Threads must be at least 1")]
    public async Task ClaimCheck_InvalidOption_UsageError(string option, string value, string message)
    {
        using var cli = new CliHarness();
        var args = WorkedExampleFlags.ToList();
        var i = args.IndexOf(option);
        if (i >= 0)
        {
            args[i + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = await cli.RunRawAsync([.. args, "--replicates", "1000", "--studies", "0"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimCheck_FileAndClaimFlags_UsageError()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync("claim", "check", ExampleFile, "--n", "20");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("either as a file or as flags", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimCheck_MissingRequiredFlag_UsageError()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync("claim", "check", "--n", "19");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'--responders' is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimCheck_MalformedFile_DataError()
    {
        using var cli = new CliHarness();
        var path = Path.Combine(Path.GetTempPath(), $"motus-claim-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "patients": 19, "responders": 15, "threshold": 0.25, "preTimes": [-3, 0], "postTimes": [0, 3], "colour": "red" }""");
        try
        {
            var run = await cli.RunRawAsync("claim", "check", path);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("not a valid claim file", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
