using System.Globalization;
using System.Text.Json;

namespace Motus.Cli.Tests.Evidence;

/// <summary>
/// <c>motus evidence claims</c>: the figures equal <c>motus claim check</c>'s for the same inputs (both commands run
/// here, same seed and replicates: exact equality, since the same seed gives bit-identical results); claims the null
/// cannot be computed for are listed with what is missing; the randomised evidence comes from the data.
/// </summary>
public sealed class EvidenceClaimsCommandTests : IDisposable
{
    private const string Replicates = "20000";
    private const string Seed = "7";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Claims_EachClaimAndSchedule_FiguresEqualClaimCheckCommand()
    {
        var run = await _cli.RunRawAsync("evidence", "claims", "--replicates", Replicates, "--seed", Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        var claims = JsonDocument.Parse(run.Out).RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(3, claims.Count);
        foreach (var claim in claims)
        {
            foreach (var scenario in claim.GetProperty("scenarios").EnumerateArray())
            {
                var check = await _cli.RunRawAsync("claim", "check",
                    "--n", claim.GetProperty("n").GetInt32().ToString(CultureInfo.InvariantCulture),
                    "--responders", claim.GetProperty("responders").GetInt32().ToString(CultureInfo.InvariantCulture),
                    "--threshold", claim.GetProperty("threshold").GetDouble().ToString(CultureInfo.InvariantCulture),
                    "--pre", Times(scenario.GetProperty("preTimes")), "--post", Times(scenario.GetProperty("postTimes")),
                    "--replicates", Replicates, "--seed", Seed, "--studies", "0", "--json");
                Assert.Equal(0, check.ExitCode);
                var expected = JsonDocument.Parse(check.Out).RootElement;

                Assert.Equal(expected.GetProperty("nullRate").GetDouble(), scenario.GetProperty("nullRate").GetDouble());
                Assert.Equal(expected.GetProperty("binomialTailProbability").GetDouble(), scenario.GetProperty("binomialTailProbability").GetDouble());
                var grid = expected.GetProperty("grid").EnumerateArray().ToList();
                Assert.Equal(18, grid.Count);
                Assert.Equal(grid.Min(c => c.GetProperty("nullRate").GetDouble()), scenario.GetProperty("gridNullRate").GetProperty("min").GetDouble());
                Assert.Equal(grid.Max(c => c.GetProperty("nullRate").GetDouble()), scenario.GetProperty("gridNullRate").GetProperty("max").GetDouble());
                Assert.Equal(grid.Min(c => c.GetProperty("binomialTailProbability").GetDouble()), scenario.GetProperty("gridTailProbability").GetProperty("min").GetDouble());
                Assert.Equal(grid.Max(c => c.GetProperty("binomialTailProbability").GetDouble()), scenario.GetProperty("gridTailProbability").GetProperty("max").GetDouble());
                Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(scenario.GetProperty("claimCheck")));
            }
        }
    }

    [Fact]
    public async Task Claims_ShippedData_ChecksTheSlopeClaimsAndListsTheOthersWithWhatIsMissing()
    {
        var run = await _cli.RunRawAsync("evidence", "claims", "--replicates", "2000", "--json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        var checkedIds = root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(["FrontBiosci2021-c1", "FrontBiosci2021-c2", "FrontBiosci2021-c3"], checkedIds);
        var first = root.GetProperty("claims")[0];
        Assert.Equal(19, first.GetProperty("n").GetInt32());
        Assert.Equal(15, first.GetProperty("responders").GetInt32());
        Assert.Equal(0.544346918108, first.GetProperty("observed").GetProperty("lower").GetDouble(), 9); // R: binom.test(15, 19)$conf.int, 1e-9
        Assert.Equal(0.939475462291, first.GetProperty("observed").GetProperty("upper").GetDouble(), 9);
        var notChecked = root.GetProperty("notChecked").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToList());
        Assert.Equal(7, notChecked.Count);
        Assert.Equal(["the number of patients evaluated (n)"], notChecked["FrontBiosci2021-c4"]);
        Assert.Contains(notChecked["Petrou2016-c1"], m => m.Contains("only 87% was printed", StringComparison.Ordinal));
        var nurOwn = root.GetProperty("randomised").EnumerateArray().First(r => r.GetProperty("studyId").GetString() == "Cudkowicz2022");
        Assert.StartsWith("responder-proportion: 33% on cells vs 28% controls, odds ratio 1.33, P=.45 at 7 months", nurOwn.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_Text_StatesDefaultsSeedAndNoMedicalAdvice()
    {
        var run = await _cli.RunRawAsync("evidence", "claims", "--replicates", "2000", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Motus gives no medical advice", run.Out, StringComparison.Ordinal);
        Assert.Contains("so the claim is shown under each default schedule", run.Out, StringComparison.Ordinal);
        Assert.Contains("2,000 simulated untreated patients", run.Out, StringComparison.Ordinal);
        Assert.Contains("seed 3", run.Out, StringComparison.Ordinal);
        Assert.Contains("missing: the number of patients evaluated (n)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_Json_ShapeMatchesSnapshot()
    {
        var run = await _cli.RunRawAsync("evidence", "claims", "--replicates", "2000", "--json");

        Assert.Equal(0, run.ExitCode);
        var actual = Analyze.AnalyzeSnapshotTests.Shape(JsonDocument.Parse(run.Out).RootElement);
        var path = Path.Combine(CliHarness.RepoRoot(), "tests", "Motus.Cli.Tests", "Snapshots", "motus-evidence-claims.json-shape.txt");
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with MOTUS_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    private static string Times(JsonElement array) =>
        string.Join(',', array.EnumerateArray().Select(t => t.GetDouble().ToString(CultureInfo.InvariantCulture)));
}
