using System.Text.Json;
using static Motus.Cli.Tests.Stats.StatsTestData;

namespace Motus.Cli.Tests.Stats;

/// <summary>
/// <c>motus stats ols</c> against stats::lm + summary.lm (R 4.2.2; tests/fixtures/r/regression/make.R): estimates, SEs,
/// t, p, σ̂, R², adjusted R², F at 1e-6 relative (p-values purely relative); NA in R is null in the CLI's JSON.
/// </summary>
public sealed class OlsCommandTests : IDisposable
{
    private const double Tol = 1e-6;
    private readonly CliHarness _cli = new();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"motus-ols-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_csv);
    }

    [Fact]
    public async Task Ols_Json_KeepsFormulaReadable()
    {
        WriteCsv(_csv, [("y", ["1", "2.5", "2.9", "4.2"]), ("x", ["1", "2", "3", "4"]), ("z", ["0", "1", "0", "1"])]);

        var run = await _cli.RunRawAsync(["stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "x,z", "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("y ~ x + z", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ols_mtcars.json", false)]
    [InlineData("ols_mtcars_no_intercept.json", true)]
    [InlineData("ols_collinear.json", false)]
    [InlineData("ols_longley.json", false)]
    [InlineData("ols_intercept_only.json", false)]
    public async Task Ols_Fixture_EqualsLm(string file, bool noIntercept)
    {
        var fixture = Fixture("regression", file);
        var data = fixture.GetProperty("data");
        var covariates = data.EnumerateObject().Select(p => p.Name).Where(n => n != "y").ToArray();
        WriteCsv(_csv, [.. data.EnumerateObject().Select(p => Column(data, p.Name))]);
        string[] args = ["stats", "ols", "--csv", _csv, "--response", "y", "--json"];
        args = covariates.Length == 0 ? args : [.. args, "--covariates", string.Join(',', covariates)];

        var run = await _cli.RunRawAsync(noIntercept ? [.. args, "--no-intercept"] : args);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("NaN", run.Out, StringComparison.Ordinal);
        var actual = JsonDocument.Parse(run.Out).RootElement;
        var names = fixture.GetProperty("names") is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(e => e.GetString()).ToArray() : [fixture.GetProperty("names").GetString()];
        var coefficients = actual.GetProperty("coefficients").EnumerateArray().ToList();
        Assert.Equal(names, coefficients.Select(c => c.GetProperty("name").GetString()));
        AllClose(fixture.GetProperty("estimate").Doubles(), [.. coefficients.Select(c => c.GetProperty("estimate").Number())], Tol, "estimate");
        AllClose(fixture.GetProperty("se").Doubles(), [.. coefficients.Select(c => c.GetProperty("standardError").Number())], Tol, "se");
        AllClose(fixture.GetProperty("t").Doubles(), [.. coefficients.Select(c => c.GetProperty("tValue").Number())], Tol, "t");
        var p = fixture.GetProperty("p").Doubles();
        for (var i = 0; i < p.Length; i++)
        {
            Relative(p[i], coefficients[i].GetProperty("pValue").Number(), Tol, $"p[{i}]");
        }

        Close(fixture.GetProperty("sigma").GetDouble(), actual.GetProperty("residualStandardError").GetDouble(), Tol, "sigma");
        Assert.Equal(fixture.GetProperty("df_residual").GetInt32(), actual.GetProperty("residualDf").GetInt32());
        Assert.Equal(fixture.GetProperty("rank").GetInt32(), actual.GetProperty("rank").GetInt32());
        Close(fixture.GetProperty("r_squared").GetDouble(), actual.GetProperty("rSquared").GetDouble(), Tol, "r.squared");
        Close(fixture.GetProperty("adj_r_squared").GetDouble(), actual.GetProperty("adjustedRSquared").GetDouble(), Tol, "adj.r.squared");
        Assert.Equal(!noIntercept, actual.GetProperty("intercept").GetBoolean());
        var f = actual.GetProperty("fStatistic");
        if (fixture.GetProperty("f_value").ValueKind == JsonValueKind.Null)
        {
            Assert.Equal(JsonValueKind.Null, f.ValueKind);
        }
        else
        {
            Close(fixture.GetProperty("f_value").GetDouble(), f.GetProperty("value").GetDouble(), Tol, "F");
            Assert.Equal(fixture.GetProperty("f_numdf").GetInt32(), f.GetProperty("numeratorDf").GetInt32());
            Assert.Equal(fixture.GetProperty("f_dendf").GetInt32(), f.GetProperty("denominatorDf").GetInt32());
            Relative(fixture.GetProperty("f_p").GetDouble(), f.GetProperty("pValue").GetDouble(), Tol, "F p");
        }
    }

    [Fact]
    public async Task Ols_TableMode_PrintsMethodCoefficientsAndSummaryLines()
    {
        WriteFixtureCsv("ols_mtcars.json");

        var run = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "wt,hp,qsec");

        Assert.Equal(0, run.ExitCode);
        // summary(lm(mpg ~ wt + hp + qsec, mtcars)): Residual standard error: 2.578 on 28 degrees of freedom, ...
        Assert.StartsWith("Ordinary least squares, y ~ wt + hp + qsec; n = 32; QR with lm's pivoting, rank tolerance 1E-07  (R: stats::lm + summary.lm)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Pr(>|t|)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Residual standard error: 2.577785 on 28 degrees of freedom", run.Out, StringComparison.Ordinal);
        Assert.Contains("Multiple R-squared: 0.8347678, Adjusted R-squared: 0.8170643", run.Out, StringComparison.Ordinal);
        Assert.Contains("F-statistic: 47.15282 on 3 and 28 DF, p-value: 4.506411E-11", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ols_CollinearCovariate_RowIsNAWithWarning()
    {
        WriteFixtureCsv("ols_collinear.json");

        var run = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "wt,hp,whp,qsec");

        Assert.Equal(0, run.ExitCode);
        var row = run.Out.Split('\n').Single(l => l.Contains("│ whp", StringComparison.Ordinal));
        Assert.Equal(4, row.Split("NA").Length - 1);
        Assert.Contains("warning: Design is rank deficient (rank 4 of 5 columns): 'whp' not estimable", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ols_ExactFitZeroResidualDf_NullsAndWarningNotNaN()
    {
        await File.WriteAllTextAsync(_csv, "y,x\n1,0\n3,1\n");

        var json = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "x", "--json");
        var table = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "x");

        Assert.Equal(0, json.ExitCode);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(2, root.GetProperty("coefficients")[1].GetProperty("estimate").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("coefficients")[1].GetProperty("standardError").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("residualStandardError").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("fStatistic").ValueKind);
        Assert.Contains("0 residual degrees of freedom", root.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Residual standard error: NA on 0 degrees of freedom", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json.Out + table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--covariates wt --group g", "--group and --time go together")]
    [InlineData("--group g --time t --covariates wt", "--covariates and --no-intercept do not apply")]
    [InlineData("--covariates wt --out x.csv", "--out and --head belong to per-group mode")]
    [InlineData("--no-intercept", "--no-intercept without --covariates")]
    [InlineData("--covariates wt,wt", "--covariates names 'wt' twice")]
    [InlineData("--covariates wt --rank-tol 0", "--rank-tol 0: must be strictly between 0 and 1")]
    [InlineData("--covariates weight", "no column 'weight'. Columns: y, wt, hp, qsec")]
    public async Task Ols_UsageError_ExitsOneWithMessage(string options, string message)
    {
        WriteFixtureCsv("ols_mtcars.json");

        var run = await _cli.RunRawAsync(["stats", "ols", "--csv", _csv, "--response", "y", .. options.Split(' ')]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ols_NonNumericCovariate_ExitsTwoNamingLineAndColumn()
    {
        await File.WriteAllTextAsync(_csv, "y,x\n1,0\n2,1\n3,two\n");

        var run = await _cli.RunRawAsync("stats", "ols", "--csv", _csv, "--response", "y", "--covariates", "x");

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("line 4, column x: 'two' is not a number", run.Error, StringComparison.Ordinal);
    }

    private void WriteFixtureCsv(string file)
    {
        var data = Fixture("regression", file).GetProperty("data");
        WriteCsv(_csv, [.. data.EnumerateObject().Select(p => Column(data, p.Name))]);
    }
}
