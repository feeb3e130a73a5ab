using System.Text.Json;

namespace Motus.Cli.Tests.Design;

/// <summary><c>motus design simulate</c>: JSON output, reproducibility across --threads, and design errors with their paths.</summary>
public sealed class DesignSimulateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("motus-design-").FullName;

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Simulate_SmallDesignJson_SameResultForOneAndTwoThreads()
    {
        var path = Write("small.json", Design("\"slopeMultiplier\": 0.6"));

        var one = await _cli.RunRawAsync("design", "simulate", path, "--replicates", "6", "--seed", "3", "--threads", "1", "--json");
        var two = await _cli.RunRawAsync("design", "simulate", path, "--replicates", "6", "--seed", "3", "--threads", "2", "--json");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        var a = JsonDocument.Parse(one.Out).RootElement.GetProperty("simulation");
        var b = JsonDocument.Parse(two.Out).RootElement.GetProperty("simulation");
        Assert.Equal(a.GetRawText(), b.GetRawText());
        Assert.Equal(6, a.GetProperty("replicates").GetInt32());
        Assert.Equal(3UL, a.GetProperty("seed").GetUInt64());
        var lmm = a.GetProperty("analyses")[0];
        Assert.Equal("power", lmm.GetProperty("rejectionLabel").GetString());
        Assert.Equal("LmmSlope", lmm.GetProperty("kind").GetString());
        Assert.True(lmm.GetProperty("trueValue").GetDouble() > 0);
    }

    [Fact]
    public async Task Simulate_NoEffect_TableSaysTypeIError()
    {
        var path = Write("null.json", Design("\"slopeMultiplier\": 1"));

        var run = await _cli.RunRawAsync("design", "simulate", path, "--replicates", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Type I error", run.Out, StringComparison.Ordinal);
        Assert.Contains("screen-failure rate", run.Out, StringComparison.Ordinal);
        Assert.Contains("4 trials on", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_InvalidDesign_ExitCode2WithPathAndRule()
    {
        var path = Write("bad.json", Design("\"slopeMultiplier\": -1"));

        var run = await _cli.RunRawAsync("design", "simulate", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("$.effect.slopeMultiplier", error.GetProperty("path").GetString());
        Assert.Contains("[0, 10]", error.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_MissingFile_UsageError()
    {
        var run = await _cli.RunRawAsync("design", "simulate", Path.Combine(_dir, "none.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read the design file", run.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string Design(string slope) => $$"""
        {
          "name": "cli test",
          "arms": [ { "name": "placebo", "ratio": 1, "control": true }, { "name": "active", "ratio": 1 } ],
          "sampleSize": { "total": 40 },
          "entry": { "alsfrsR": { "min": 20 } },
          "visits": { "intervalMonths": 3, "jitterDays": 7, "missedVisitProbability": 0.05 },
          "durationMonths": 12,
          "dropout": { "ratePerMonth": 0.008, "informative": true },
          "effect": { {{slope}}, "hazardRatio": 1 },
          "analyses": [ { "type": "lmm-slope" } ],
          "alpha": 0.05,
          "sided": 2,
          "replicates": 10,
          "seed": 1,
          "truth": { "patientsPerArm": 500 }
        }
        """;
}
