using System.Text.Json;

namespace Motus.Cli.Tests.Design;

/// <summary><c>motus design randomize</c>: reproducible CSV lists, balanced as designed, and usage errors.</summary>
public sealed class RandomizeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("motus-randomize-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] Blocks(string file, string seed = "7") =>
        ["design", "randomize", "--arms", "A,B", "--ratio", "1:1", "--block-sizes", "4,8", "--strata", "site=S1,S2;onset=bulbar,limb", "--n", "100", "--seed", seed, "--out", Path.Combine(_dir, file)];

    [Fact]
    public async Task Randomize_SameSeed_IdenticalCsv_OtherSeed_Different()
    {
        using var cli = new CliHarness();

        var a = await cli.RunRawAsync(Blocks("a.csv"));
        var b = await cli.RunRawAsync(Blocks("b.csv"));
        var c = await cli.RunRawAsync(Blocks("c.csv", "8"));

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, c.ExitCode);
        var first = await File.ReadAllTextAsync(Path.Combine(_dir, "a.csv"));
        Assert.Equal(first, await File.ReadAllTextAsync(Path.Combine(_dir, "b.csv")));
        Assert.NotEqual(first, await File.ReadAllTextAsync(Path.Combine(_dir, "c.csv")));
        Assert.StartsWith("site,onset,position,block,block_size,arm\n", first.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Randomize_Blocks_EachStratumWithinHalfTheLargestBlock()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync([.. Blocks("list.csv"), "--json"]);

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(400, json.GetProperty("allocations").GetInt32());
        foreach (var stratum in json.GetProperty("counts").EnumerateArray())
        {
            var arms = stratum.GetProperty("arms");
            Assert.InRange(Math.Abs(arms.GetProperty("A").GetInt32() - arms.GetProperty("B").GetInt32()), 0, 4);
        }

        var lines = await File.ReadAllLinesAsync(Path.Combine(_dir, "list.csv"));
        Assert.Equal(401, lines.Length);
    }

    [Fact]
    public async Task Randomize_Minimisation_WritesOneRowPerPatientInOrder()
    {
        using var cli = new CliHarness();
        var patients = Path.Combine(_dir, "patients.csv");
        await File.WriteAllLinesAsync(patients, ["patient_id,site,onset", .. Enumerable.Range(1, 40).Select(i => $"P{i},S{i % 3},{(i % 4 == 0 ? "bulbar" : "limb")}")]);
        string[] args = ["design", "randomize", "--method", "minimisation", "--arms", "A,B", "--factors", "site,onset=2", "--patients", patients, "--seed", "3"];

        var run = await cli.RunRawAsync([.. args, "--out", Path.Combine(_dir, "m1.csv")]);
        var again = await cli.RunRawAsync([.. args, "--out", Path.Combine(_dir, "m2.csv")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, again.ExitCode);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_dir, "m1.csv"));
        Assert.Equal("patient_id,site,onset,arm,preferred_arm,d_A,d_B", lines[0]);
        Assert.Equal(41, lines.Length);
        Assert.StartsWith("P1,S1,limb,", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines, await File.ReadAllLinesAsync(Path.Combine(_dir, "m2.csv")));
        Assert.Contains("Pocock–Simon minimisation", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--block-sizes", "4,5", "multiples of the ratio sum 2")]
    [InlineData("--ratio", "1:1:1", "3 parts for 2 arms")]
    [InlineData("--strata", "site", "is not factor=level1,level2")]
    public async Task Randomize_InvalidOption_UsageError(string option, string value, string message)
    {
        using var cli = new CliHarness();
        var args = Blocks("x.csv").ToList();
        args[args.IndexOf(option) + 1] = value;

        var run = await cli.RunRawAsync([.. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Randomize_MinimisationWithoutPatients_UsageError()
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync("design", "randomize", "--method", "minimisation", "--arms", "A,B", "--factors", "site", "--seed", "1", "--out", Path.Combine(_dir, "x.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs --patients and --factors", run.Error, StringComparison.Ordinal);
    }
}
