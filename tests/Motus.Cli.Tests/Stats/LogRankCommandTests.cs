using System.Globalization;
using System.Text.Json;
using static Motus.Cli.Tests.Stats.StatsTestData;

namespace Motus.Cli.Tests.Stats;

/// <summary>
/// <c>motus stats logrank</c> against survival::survdiff (survival 3.5-3; tests/fixtures/r/survival/make.R): N, O, E,
/// V, χ², df and p at 1e-6 relative. survdiff's printed (O−E)²/E and (O−E)²/V columns are computed here from R's O, E and
/// diag(V), as print.survdiff does. Left-truncated input is compared with the survdiff algorithm written out in R.
/// </summary>
public sealed class LogRankCommandTests : IDisposable
{
    private const double Tol = 1e-6;
    private readonly CliHarness _cli = new();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"motus-logrank-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_csv);
    }

    public static TheoryData<string, string, string, string?, string> SurvdiffCases => new()
    {
        { "logrank_lung.json", "sex_rho0", "sex", null, "0" },
        { "logrank_lung.json", "sex_rho1", "sex", null, "1" },
        { "logrank_lung.json", "sex_rho05", "sex", null, "0.5" },
        { "logrank_lung.json", "ecog_rho0", "ph_ecog", null, "0" },
        { "logrank_lung.json", "sex_strata_ecog_rho0", "sex", "ph_ecog", "0" },
        { "logrank_lung.json", "sex_strata_ecog_rho1", "sex", "ph_ecog", "1" },
        { "logrank_veteran.json", "celltype_rho0", "celltype", null, "0" },
        { "logrank_veteran.json", "trt_rho1", "trt", null, "1" },
    };

    [Theory]
    [MemberData(nameof(SurvdiffCases))]
    public async Task LogRank_FixtureCase_EqualsSurvdiff(string file, string key, string group, string? strata, string rho)
    {
        var fixture = Fixture("survival", file);
        var data = fixture.GetProperty("data");
        var time = file.Contains("veteran", StringComparison.Ordinal) ? "month" : "time";
        WriteCsv(_csv, [Column(data, time), Column(data, "status"), Column(data, group), .. strata is null ? [] : new[] { Column(data, strata) }]);
        string[] args = ["stats", "logrank", "--csv", _csv, "--time", time, "--event", "status", "--group", group, "--rho", rho, "--json"];

        var run = await _cli.RunRawAsync(strata is null ? args : [.. args, "--strata", strata]);

        Assert.Equal(0, run.ExitCode);
        var actual = JsonDocument.Parse(run.Out).RootElement;
        var expected = fixture.GetProperty(key);
        AssertSurvdiff(expected, actual);
        Assert.Equal(double.Parse(rho, CultureInfo.InvariantCulture), actual.GetProperty("rho").GetDouble());
        Assert.Equal(strata, actual.GetProperty("strataColumn").GetString());
        Assert.False(actual.GetProperty("leftTruncated").GetBoolean());
        if (strata is not null)
        {
            var byStratum = actual.GetProperty("strata").EnumerateArray().ToList();
            var obs = expected.GetProperty("observed_by_stratum").EnumerateArray().Select(r => r.Doubles()).ToList(); // groups × strata
            var exp = expected.GetProperty("expected_by_stratum").EnumerateArray().Select(r => r.Doubles()).ToList();
            Assert.Equal(obs[0].Length, byStratum.Count);
            for (var s = 0; s < byStratum.Count; s++)
            {
                AllClose([.. obs.Select(r => r[s])], byStratum[s].GetProperty("observed").Doubles(), Tol, $"observed stratum {s}");
                AllClose([.. exp.Select(r => r[s])], byStratum[s].GetProperty("expected").Doubles(), Tol, $"expected stratum {s}");
            }
        }
    }

    [Theory]
    [InlineData("x2_rho0", "0", false)]
    [InlineData("x2_rho1", "1", false)]
    [InlineData("x2_strata_rho0", "0", true)]
    public async Task LogRank_StartColumn_EqualsSurvdiffAlgorithmWithDelayedEntry(string key, string rho, bool stratified)
    {
        var fixture = Fixture("survival", "logrank_truncated.json");
        var data = fixture.GetProperty("data");
        // make.R stratifies by x1 > 0
        var x1Positive = data.GetProperty("x1").Doubles().Select(v => v > 0 ? "1" : "0").ToArray();
        WriteCsv(_csv, [Column(data, "entry"), Column(data, "exit"), Column(data, "status"), Column(data, "x2"), ("x1pos", x1Positive)]);
        string[] args = ["stats", "logrank", "--csv", _csv, "--start", "entry", "--time", "exit", "--event", "status", "--group", "x2", "--rho", rho, "--json"];

        var run = await _cli.RunRawAsync(stratified ? [.. args, "--strata", "x1pos"] : args);

        Assert.Equal(0, run.ExitCode);
        var actual = JsonDocument.Parse(run.Out).RootElement;
        AssertSurvdiff(fixture.GetProperty(key), actual);
        Assert.True(actual.GetProperty("leftTruncated").GetBoolean());
        Assert.Contains("left-truncated", actual.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogRank_TableMode_PrintsMethodLineAndSurvdiffColumns()
    {
        WriteLung("sex", "ph_ecog");

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "time", "--event", "status", "--group", "sex", "--strata", "ph_ecog");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("Log-rank (G-rho, rho = 0), stratified by ph_ecog  (R: survival::survdiff)", lines[0]);
        Assert.Contains("(O-E)^2/E", run.Out, StringComparison.Ordinal);
        // print.survdiff: sex=1 136 110 89.5 4.68 11; sex=2 90 53 73.5 5.70 11; Chisq= 11 on 1 degrees of freedom, p= 9e-04
        Assert.Contains(lines, l => l.Contains("sex=1", StringComparison.Ordinal) && l.Contains("136", StringComparison.Ordinal) && l.Contains("89.52884", StringComparison.Ordinal) && l.Contains("4.680822", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("sex=2", StringComparison.Ordinal) && l.Contains("5.703851", StringComparison.Ordinal) && l.Contains("10.98302", StringComparison.Ordinal));
        Assert.Contains("Chisq = 10.98302 on 1 degrees of freedom, p = 0.0009195071", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogRank_Rho1_MethodLineNamesPetoPeto()
    {
        WriteLung("sex");

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "time", "--event", "status", "--group", "sex", "--rho", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Peto–Peto (G-rho, rho = 1)  (R: survival::survdiff)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogRank_TextAndMultiDigitLabels_OrderedAsRFactorLevels()
    {
        // numeric labels in numeric order (9 before 10), text labels in ordinal order
        await File.WriteAllTextAsync(_csv, "t,e,num,txt\n1,1,10,b\n2,1,9,a\n3,0,10,b\n4,1,9,a\n5,1,10,b\n6,0,9,a\n");

        var numeric = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "t", "--event", "e", "--group", "num", "--json");
        var text = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "t", "--event", "e", "--group", "txt", "--json");

        Assert.Equal(["9", "10"], Labels(numeric));
        Assert.Equal(["a", "b"], Labels(text));
        Assert.Equal(JsonDocument.Parse(numeric.Out).RootElement.GetProperty("chiSquare").GetDouble(), JsonDocument.Parse(text.Out).RootElement.GetProperty("chiSquare").GetDouble());
    }

    [Fact]
    public async Task LogRank_GroupNeverAtRiskAtAnEvent_NullRatiosAndWarningNotNaN()
    {
        // group c is censored before the first event: E = 0, survdiff leaves it out (its (O-E)^2/E would be NaN)
        await File.WriteAllTextAsync(_csv, "t,e,g\n0.5,0,c\n1,1,a\n2,1,b\n3,1,a\n4,0,b\n5,1,b\n6,1,a\n");

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "t", "--event", "e", "--group", "g", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("NaN", run.Out, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var c = root.GetProperty("groups")[2];
        Assert.Equal("c", c.GetProperty("group").GetString());
        Assert.Equal(0, c.GetProperty("expected").GetDouble());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("oMinusESquaredOverE").ValueKind);
        Assert.Equal(JsonValueKind.Null, c.GetProperty("oMinusESquaredOverV").ValueKind);
        Assert.Equal(1, root.GetProperty("df").GetInt32());
        Assert.Contains("Group g=c is never at risk", root.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogRank_MissingGroupColumn_ExitsOneListingColumns()
    {
        WriteLung("sex");

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "time", "--event", "status", "--group", "arm");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no column 'arm'. Columns: time, status, sex", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogRank_NoGroupOption_ExitsOne()
    {
        WriteLung("sex");

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "time", "--event", "status");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--group", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t,e,g\n1,1,a\nx,0,b\n", "line 3, column t: 'x' is not a number")]
    [InlineData("t,e,g\n1,1,a\n2,2,b\n", "line 3, column e: '2' is not 0 or 1")]
    [InlineData("t,e,g\n1,1,a\n2,0.5,b\n", "line 3, column e: '0.5' is not 0 or 1")]
    [InlineData("t,e,g\n1,1,a\n2,0,\n", "line 3, column g: empty value")]
    [InlineData("t,e,g\n1,1,a\n2,0,a\n", "only one distinct value")]
    public async Task LogRank_BadData_ExitsTwoWithClearMessage(string content, string message)
    {
        await File.WriteAllTextAsync(_csv, content);

        var run = await _cli.RunRawAsync("stats", "logrank", "--csv", _csv, "--time", "t", "--event", "e", "--group", "g");

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static void AssertSurvdiff(JsonElement expected, JsonElement actual)
    {
        var groups = actual.GetProperty("groups").EnumerateArray().ToList();
        var o = expected.GetProperty("observed").Doubles();
        var e = expected.GetProperty("expected").Doubles();
        var v = expected.GetProperty("var").EnumerateArray().Select(r => r.Doubles()).ToArray();
        Assert.Equal(o.Length, groups.Count);
        if (expected.TryGetProperty("n", out var n))
        {
            Assert.Equal(n.Doubles(), groups.Select(g => (double)g.GetProperty("n").GetInt32()));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            Close(o[i], groups[i].GetProperty("observed").GetDouble(), Tol, $"observed[{i}]");
            Close(e[i], groups[i].GetProperty("expected").GetDouble(), Tol, $"expected[{i}]");
            var d = o[i] - e[i];
            Close(d * d / e[i], groups[i].GetProperty("oMinusESquaredOverE").GetDouble(), Tol, $"(O-E)^2/E[{i}]");
            Close(d * d / v[i][i], groups[i].GetProperty("oMinusESquaredOverV").GetDouble(), Tol, $"(O-E)^2/V[{i}]");
            AllClose(v[i], actual.GetProperty("variance")[i].Doubles(), Tol, $"var[{i}]");
        }

        Close(expected.GetProperty("chisq").GetDouble(), actual.GetProperty("chiSquare").GetDouble(), Tol, "chisq");
        Assert.Equal(expected.GetProperty("df").GetInt32(), actual.GetProperty("df").GetInt32());
        Relative(expected.GetProperty("p").GetDouble(), actual.GetProperty("pValue").GetDouble(), Tol, "p");
    }

    private void WriteLung(params string[] extra)
    {
        var data = Fixture("survival", "logrank_lung.json").GetProperty("data");
        WriteCsv(_csv, [Column(data, "time"), Column(data, "status"), .. extra.Select(c => Column(data, c))]);
    }

    private static string[] Labels(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()!)];
}
