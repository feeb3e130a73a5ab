namespace Motus.Cli.Tests.Analyze;

/// <summary>Usage errors of <c>motus analyze</c>: which study, which patient. Exit code 1 with a message naming the fix.</summary>
public sealed class AnalyzeUsageTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Analyze_NoStudyInDatabase_ExitsOneSayingImportFirst()
    {
        await _cli.RunAsync("init");

        var run = await _cli.RunAsync("analyze", "staging");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("error: The database holds no study yet: import one first (motus import proact DIR).", run.Error.Trim());
    }

    [Fact]
    public async Task Analyze_TwoStudies_ExitsOneListingThemUntilStudyIsGiven()
    {
        await _cli.RunAsync("init");
        await _cli.RunAsync("import", "proact", DemoCli.Folder, "--study", "DEMO-A");
        await _cli.RunAsync("import", "proact", DemoCli.Folder, "--study", "DEMO-B");

        var ambiguous = await _cli.RunAsync("analyze", "slopes");
        var chosen = await _cli.RunAsync("analyze", "slopes", "--study", "DEMO-B", "--patient", "S000003", "--json");

        Assert.Equal(ExitCodes.Usage, ambiguous.ExitCode);
        Assert.Equal("error: The database holds 2 studies (DEMO-A, DEMO-B): choose one with --study PROTOCOL.", ambiguous.Error.Trim());
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("\"study\": \"DEMO-B\"", chosen.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_UnknownPatient_ExitsOneNamingIt()
    {
        await _cli.RunAsync("init");
        await _cli.RunAsync("import", "proact", DemoCli.Folder);

        var run = await _cli.RunAsync("analyze", "progression", "--patient", "S999999");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("error: No patient with code S999999 in study PROACT.", run.Error.Trim());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Analyze_NoDatabase_ExitsOneSayingRunInit()
    {
        var run = await _cli.RunAsync("analyze", "safety");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Run 'motus init' first", run.Error, StringComparison.Ordinal);
    }
}
