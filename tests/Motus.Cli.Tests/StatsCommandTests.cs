using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Motus.Cli.Tests;

/// <summary>
/// <c>motus stats</c> on CSV files built from the committed R fixtures gives R's numbers (tolerance 1e-6 relative for
/// estimates and SEs, 1e-4 for iterative variance components), as the engine's own tests do.
/// </summary>
public sealed class StatsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"motus-stats-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_csv);
    }

    [Fact]
    public async Task Meta_BcgRiskRatiosReml_EqualsMetafor()
    {
        var fixture = Fixture("meta", "bcg.json");
        var yi = fixture.GetProperty("escalc").GetProperty("RR").GetProperty("yi").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var vi = fixture.GetProperty("escalc").GetProperty("RR").GetProperty("vi").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        WriteCsv(["yi", "vi"], yi.Zip(vi, (a, b) => new[] { a, b }));
        var expected = fixture.GetProperty("fits").GetProperty("RR").EnumerateArray()
            .First(f => f.GetProperty("method").GetString() == "REML" && f.GetProperty("test").GetString() == "z");

        var run = await _cli.RunRawAsync("stats", "meta", "--csv", _csv, "--yi", "yi", "--vi", "vi", "--method", "reml", "--json");

        Assert.Equal(0, run.ExitCode);
        var actual = JsonDocument.Parse(run.Out).RootElement;
        Close(expected.GetProperty("estimate").GetDouble(), actual.GetProperty("estimate").GetDouble(), 1e-6);
        Close(expected.GetProperty("se").GetDouble(), actual.GetProperty("se").GetDouble(), 1e-6);
        Close(expected.GetProperty("tau2").GetDouble(), actual.GetProperty("tau2").GetDouble(), 1e-5);
        Assert.Equal("RestrictedMaximumLikelihood", actual.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Lmm_SleepstudyRandomSlopeReml_EqualsLme4AndLmerTest()
    {
        var fixture = Fixture("mixed", "sleepstudy_slope_reml.json");
        var data = fixture.GetProperty("data");
        var y = data.GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var days = data.GetProperty("days").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var groups = data.GetProperty("group").EnumerateArray().Select(e => e.ToString()).ToArray();
        var sb = new StringBuilder("reaction,days,subject\n");
        for (var i = 0; i < y.Length; i++)
        {
            sb.Append(y[i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(days[i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(groups[i]).Append('\n');
        }

        await File.WriteAllTextAsync(_csv, sb.ToString());
        var precise = fixture.GetProperty("precise");

        var run = await _cli.RunRawAsync("stats", "lmm", "--csv", _csv, "--response", "reaction", "--time", "days", "--group", "subject", "--method", "reml", "--json");

        Assert.Equal(0, run.ExitCode);
        var effects = JsonDocument.Parse(run.Out).RootElement.GetProperty("fixedEffects").EnumerateArray().ToList();
        var fixef = precise.GetProperty("fixef").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var se = precise.GetProperty("se").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var df = precise.GetProperty("satterthwaite_df").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var i = 0; i < fixef.Length; i++)
        {
            Close(fixef[i], effects[i].GetProperty("estimate").GetDouble(), 1e-6);
            Close(se[i], effects[i].GetProperty("standardError").GetDouble(), 1e-6);
            Close(df[i], effects[i].GetProperty("df").GetDouble(), 1e-4);
        }
    }

    [Fact]
    public async Task Cox_LungEfron_EqualsCoxph()
    {
        var fixture = Fixture("survival", "cox_lung.json");
        var data = fixture.GetProperty("data");
        string[] columns = ["time", "status", "age", "sex", "ph_ecog"];
        var values = columns.Select(c => data.GetProperty(c).EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        WriteCsv(columns, Enumerable.Range(0, values[0].Length).Select(i => values.Select(v => v[i]).ToArray()));
        var expected = fixture.GetProperty("efron");

        var run = await _cli.RunRawAsync("stats", "cox", "--csv", _csv, "--time", "time", "--event", "status", "--covariates", "age,sex,ph_ecog", "--ties", "efron", "--json");

        Assert.Equal(0, run.ExitCode);
        var coefficients = JsonDocument.Parse(run.Out).RootElement.GetProperty("coefficients").EnumerateArray().ToList();
        var coef = expected.GetProperty("coef").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var se = expected.GetProperty("se").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var i = 0; i < coef.Length; i++)
        {
            Close(coef[i], coefficients[i].GetProperty("estimate").GetDouble(), 1e-6);
            Close(se[i], coefficients[i].GetProperty("stdErr").GetDouble(), 1e-6);
        }
    }

    [Fact]
    public async Task Km_LungOverallLogCi_EqualsSurvfit()
    {
        var fixture = Fixture("survival", "km_lung.json");
        var data = fixture.GetProperty("data");
        string[] columns = ["time", "status"];
        var values = columns.Select(c => data.GetProperty(c).EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        WriteCsv(columns, Enumerable.Range(0, values[0].Length).Select(i => values.Select(v => v[i]).ToArray()));
        var expected = fixture.GetProperty("overall").GetProperty("log")[0];

        var run = await _cli.RunRawAsync("stats", "km", "--csv", _csv, "--time", "time", "--event", "status", "--json");

        Assert.Equal(0, run.ExitCode);
        var curve = JsonDocument.Parse(run.Out).RootElement.GetProperty("curves")[0];
        string[] pairs = ["time:time", "surv:survival", "lower:lower", "upper:upper"];
        foreach (var pair in pairs)
        {
            var (r, m) = (pair.Split(':')[0], pair.Split(':')[1]);
            var exp = expected.GetProperty(r).EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var act = curve.GetProperty(m).EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.Equal(exp.Length, act.Length);
            for (var i = 0; i < exp.Length; i++)
            {
                Close(exp[i], act[i], 1e-10);
            }
        }
    }

    [Fact]
    public async Task Meta_NonNumericCell_ExitsTwoNamingLineAndColumn()
    {
        await File.WriteAllTextAsync(_csv, "yi,vi\n0.1,0.01\nabc,0.02\n");

        var run = await _cli.RunRawAsync("stats", "meta", "--csv", _csv, "--yi", "yi", "--vi", "vi");

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("line 3, column yi: 'abc' is not a number", run.Error, StringComparison.Ordinal);
    }

    private void WriteCsv(string[] header, IEnumerable<double[]> rows) =>
        File.WriteAllText(_csv, string.Join(',', header) + "\n" + string.Join("\n", rows.Select(r => string.Join(',', r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))) + "\n");

    private static JsonElement Fixture(string area, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CliHarness.RepoRoot(), "tests", "fixtures", "r", area, file))).RootElement.Clone();

    private static void Close(double expected, double actual, double tol) =>
        Assert.True(Math.Abs(actual - expected) <= tol * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
