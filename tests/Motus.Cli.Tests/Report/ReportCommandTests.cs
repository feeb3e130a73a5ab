using System.Text.Json;

namespace Motus.Cli.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"motus-report-{Guid.NewGuid():N}.html");

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_out);
    }

    private async Task<string> ImportAndFirstPatientAsync()
    {
        Assert.Equal(0, (await _cli.RunAsync("init")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("import", "proact", CliHarness.ValidFixture)).ExitCode);
        var list = await _cli.RunAsync("patients", "list", "--json");
        return JsonDocument.Parse(list.Out).RootElement[0].GetProperty("code").GetString()!;
    }

    [Fact]
    public async Task ReportPatient_ImportedPatient_WritesHtmlAndSaysWhere()
    {
        var code = await ImportAndFirstPatientAsync();

        var run = await _cli.RunAsync("report", "patient", code, "--out", _out, "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(Path.GetFullPath(_out), json.GetProperty("file").GetString());
        var html = await File.ReadAllTextAsync(_out);
        Assert.Equal(new FileInfo(_out).Length, json.GetProperty("bytes").GetInt64());
        Assert.Contains($"<h1>Patient {code}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportStudy_ImportedStudy_WritesEverySection()
    {
        await ImportAndFirstPatientAsync();

        var run = await _cli.RunAsync("report", "study", "--out", _out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote", run.Out, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_out);
        Assert.Contains("<section id=\"survival\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"responders\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPatient_UnknownCode_ExitsOneAndWritesNothing()
    {
        await ImportAndFirstPatientAsync();

        var run = await _cli.RunAsync("report", "patient", "NOBODY", "--out", _out);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No patient with code NOBODY", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_out));
    }

    [Fact]
    public async Task ReportPatient_MissingFolder_ExitsOneNamingIt()
    {
        var code = await ImportAndFirstPatientAsync();
        var target = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "r.html");

        var run = await _cli.RunAsync("report", "patient", code, "--out", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportStudy_BadThreshold_ExitsOne()
    {
        await ImportAndFirstPatientAsync();

        var run = await _cli.RunAsync("report", "study", "--out", _out, "--responder-threshold", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--responder-threshold", run.Error, StringComparison.Ordinal);
    }
}
