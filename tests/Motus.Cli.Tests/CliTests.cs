using System.Text.Json;

namespace Motus.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task PatientsList_NoDatabaseYet_ExitsOneAndSaysRunInit()
    {
        var run = await _cli.RunAsync("patients", "list");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Run 'motus init' first", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DbPath));
    }

    [Fact]
    public async Task Init_Twice_SecondAppliesNothing()
    {
        var first = await _cli.RunAsync("init", "--json");
        var second = await _cli.RunAsync("init", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.NotEmpty(JsonDocument.Parse(first.Out).RootElement.GetProperty("migrationsApplied").EnumerateArray());
        Assert.Empty(JsonDocument.Parse(second.Out).RootElement.GetProperty("migrationsApplied").EnumerateArray());
    }

    [Fact]
    public async Task Import_ValidFixture_ListsShowsAndAuditsPatients()
    {
        await _cli.RunAsync("init");

        var import = await _cli.RunAsync("import", "proact", CliHarness.ValidFixture, "--json");
        var list = await _cli.RunAsync("patients", "list", "--json");
        var patients = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        var code = patients[0].GetProperty("code").GetString()!;
        var show = await _cli.RunAsync("patients", "show", code, "--json");
        var verify = await _cli.RunAsync("audit", "verify", "--json");
        var log = await _cli.RunAsync("audit", "log", "--patient", code, "--json");

        Assert.Equal(0, import.ExitCode);
        var summary = JsonDocument.Parse(import.Out).RootElement;
        Assert.True(summary.GetProperty("succeeded").GetBoolean());
        Assert.Equal(patients.Count, summary.GetProperty("patientsAdded").GetInt32());
        Assert.Equal("2000-01-01", summary.GetProperty("anchorDate").GetString());
        Assert.Equal(0, show.ExitCode);
        Assert.Equal(code, JsonDocument.Parse(show.Out).RootElement.GetProperty("patient").GetProperty("code").GetString());
        Assert.True(JsonDocument.Parse(show.Out).RootElement.GetProperty("dateShifted").GetBoolean());
        Assert.Equal(0, verify.ExitCode);
        Assert.True(JsonDocument.Parse(verify.Out).RootElement.GetProperty("intact").GetBoolean());
        var audit = JsonDocument.Parse(log.Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.Equal("Import", a.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Import_SameFolderTwice_SecondSaysNothingChanged()
    {
        await _cli.RunAsync("init");
        await _cli.RunAsync("import", "proact", CliHarness.ValidFixture);

        var second = await _cli.RunAsync("import", "proact", CliHarness.ValidFixture);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing changed", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedFolder_ExitsTwoListsErrorsWritesNothing()
    {
        await _cli.RunAsync("init");
        var dir = Path.Combine(Path.GetTempPath(), $"motus-cli-bad-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var f in Directory.GetFiles(CliHarness.ValidFixture))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            var demographics = Directory.GetFiles(dir).Single(f => Path.GetFileName(f).Contains("DEMOGRAPHICS", StringComparison.OrdinalIgnoreCase));
            File.WriteAllBytes(demographics, []);

            var run = await _cli.RunAsync("import", "proact", dir, "--json");
            var list = await _cli.RunAsync("patients", "list", "--json");

            Assert.Equal(ExitCodes.DataError, run.ExitCode);
            var errors = JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray().ToList();
            Assert.Contains(errors, e => e.GetProperty("ruleId").GetString() == "IMP-EMPTY");
            Assert.Empty(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Run_DbAndConnectionTogether_ExitsOne()
    {
        var run = await _cli.RunAsync("--connection", "Host=localhost", "patients", "list");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("either --db or --connection", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsOne()
    {
        var run = await _cli.RunRawAsync("frobnicate");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task ImportProact_BadAnchorDate_ExitsOneNamingTheOption()
    {
        await _cli.RunAsync("init");

        var run = await _cli.RunAsync("import", "proact", CliHarness.ValidFixture, "--anchor-date", "01/02/2000");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--anchor-date 01/02/2000", run.Error, StringComparison.Ordinal);
    }
}
