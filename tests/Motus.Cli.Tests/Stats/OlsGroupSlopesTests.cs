using System.Globalization;
using System.Text.Json;
using static Motus.Cli.Tests.Stats.StatsTestData;

namespace Motus.Cli.Tests.Stats;

/// <summary>
/// <c>motus stats ols --group --time</c> against lm(y ~ t) in each of the 403 groups of
/// tests/fixtures/r/regression/group_slopes.json (slope, SE, intercept, σ̂, n, span at 1e-6 relative; R's NA is null),
/// from the fixture's shuffled row order so that group labels must be mapped back correctly.
/// </summary>
public sealed class OlsGroupSlopesTests : IDisposable
{
    private const double Tol = 1e-6;
    private readonly CliHarness _cli = new();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"motus-slopes-{Guid.NewGuid():N}.csv");
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"motus-slopes-out-{Guid.NewGuid():N}.csv");
    private readonly JsonElement _expected;

    public OlsGroupSlopesTests()
    {
        var fixture = Fixture("regression", "group_slopes.json");
        var data = fixture.GetProperty("data");
        WriteCsv(_csv, [Column(data, "g", "patient"), Column(data, "t", "months"), Column(data, "y", "alsfrs")], [.. fixture.GetProperty("shuffled").EnumerateArray().Select(e => e.GetInt32())]);
        _expected = fixture.GetProperty("groups");
    }

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_csv);
        File.Delete(_out);
    }

    [Fact]
    public async Task OlsGroups_ShuffledRows_EveryGroupEqualsLmPerGroup()
    {
        var run = await Run("--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("NaN", run.Out, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var slopes = root.GetProperty("slopes").EnumerateArray().ToDictionary(s => s.GetProperty("group").GetString()!);
        var g = _expected.GetProperty("g").Doubles();
        Assert.Equal(g.Length, slopes.Count);
        for (var i = 0; i < g.Length; i++)
        {
            var s = slopes[g[i].ToString(CultureInfo.InvariantCulture)];
            var what = $"group {g[i]}";
            Assert.Equal((int)_expected.GetProperty("n")[i].GetDouble(), s.GetProperty("n").GetInt32());
            Close(_expected.GetProperty("slope")[i].Number(), s.GetProperty("slope").Number(), Tol, what + " slope");
            Close(_expected.GetProperty("se")[i].Number(), s.GetProperty("standardError").Number(), Tol, what + " se");
            Close(_expected.GetProperty("intercept")[i].Number(), s.GetProperty("intercept").Number(), Tol, what + " intercept");
            Close(_expected.GetProperty("sigma")[i].Number(), s.GetProperty("residualSd").Number(), Tol, what + " sigma");
            Close(_expected.GetProperty("span")[i].Number(), s.GetProperty("timeSpan").Number(), Tol, what + " span");
        }

        var counts = root.GetProperty("counts");
        Assert.Equal(g.Length, counts.GetProperty("groups").GetInt32());
        Assert.Equal(_expected.GetProperty("n").Doubles().Count(n => n == 1), counts.GetProperty("singleObservation").GetInt32());
        Assert.Equal(1, counts.GetProperty("noTimeSpread").GetInt32()); // group 5001: three visits at t = 2
        Assert.Equal("NoTimeSpread", slopes["5001"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task OlsGroups_Out_WritesEveryGroupWithNAForNotEstimable()
    {
        var run = await Run("--out", _out);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(_out);
        Assert.Equal("group,n,slope,se,intercept,residual_sd,first_time,last_time,time_span,status", lines[0]);
        Assert.Equal(_expected.GetProperty("g").GetArrayLength() + 1, lines.Length);
        Assert.Contains("5001,3,NA,NA,NA,NA,2,2,0,NoTimeSpread", lines);
        Assert.Contains($"Wrote {lines.Length - 1} groups to {_out}", run.Out, StringComparison.Ordinal);
        // 5002 is a perfect line y = 40 - t: slope -1, SE 0
        var perfect = lines.Single(l => l.StartsWith("5002,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(-1, double.Parse(perfect[2], CultureInfo.InvariantCulture), 12);
        Assert.Equal("Estimated", perfect[9]);
        Assert.All(lines.Where(l => l.EndsWith(",SingleObservation", StringComparison.Ordinal)), l => Assert.Equal("NA,NA,NA,NA", string.Join(',', l.Split(',')[2..6])));
    }

    [Fact]
    public async Task OlsGroups_TableMode_PrintsSummaryAndFirstRows()
    {
        var n = _expected.GetProperty("n").Doubles();
        var slope = _expected.GetProperty("slope").Doubles();
        var se = _expected.GetProperty("se").Doubles();
        var two = n.Where((k, i) => k == 2 && !double.IsNaN(slope[i])).Count();
        var withSe = se.Count(v => !double.IsNaN(v));

        var run = await Run("--head", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Least-squares slope per group, alsfrs ~ months in each patient;", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{n.Length} groups: {withSe} with slope and SE, {two} with two observations (slope, no SE), {n.Count(k => k == 1)} with one observation and 1 with no time spread (no slope)", run.Out, StringComparison.Ordinal);
        var estimable = slope.Where(v => !double.IsNaN(v)).Order().ToArray();
        var median = estimable.Length % 2 == 1 ? estimable[estimable.Length / 2] : (estimable[(estimable.Length / 2) - 1] + estimable[estimable.Length / 2]) / 2;
        Assert.Contains($"median {median.ToString("G7", CultureInfo.InvariantCulture)}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"… {n.Length - 3} more groups; --out FILE.csv or --json gives all", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OlsGroups_OneAndTwoObservationGroups_NullWithStatusNotNaN()
    {
        await File.WriteAllTextAsync(_csv, "id,t,y\nA,0,40\nB,0,41\nB,2,39\nC,0,42\nC,1,41\nC,3,38\n");

        var run = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--time", "t", "--group", "id", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("NaN", run.Out, StringComparison.Ordinal);
        var slopes = JsonDocument.Parse(run.Out).RootElement.GetProperty("slopes");
        Assert.Equal("SingleObservation", slopes[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, slopes[0].GetProperty("slope").ValueKind);
        Assert.Equal("TwoObservations", slopes[1].GetProperty("status").GetString());
        Assert.Equal(-1, slopes[1].GetProperty("slope").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, slopes[1].GetProperty("standardError").ValueKind);
        // C: lm(y ~ t) on (0,42), (1,41), (3,38): slope = -19/14
        Assert.Equal(-19.0 / 14, slopes[2].GetProperty("slope").GetDouble(), 12);
    }

    [Fact]
    public async Task OlsGroups_UnwritableOut_ExitsOne()
    {
        var run = await Run("--out", Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "slopes.csv"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Cannot write", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Run(params string[] extra) =>
        _cli.RunRawAsync(["stats", "ols", "--csv", _csv, "--response", "alsfrs", "--time", "months", "--group", "patient", .. extra]);
}
