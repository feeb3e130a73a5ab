namespace Motus.Cli.Tests;

/// <summary>
/// The help text of every command is part of the user interface: it is compared with the committed snapshot in
/// Snapshots/. After an intended change, run the tests with MOTUS_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
public sealed class HelpSnapshotTests
{
    public static TheoryData<string> Commands => new(
        "",
        "init",
        "import",
        "import proact",
        "export",
        "export proact",
        "patients",
        "patients list",
        "patients show",
        "audit",
        "audit verify",
        "audit log",
        "stats",
        "stats km",
        "stats cox",
        "stats logrank",
        "stats meta",
        "stats lmm",
        "stats ols",
        "report",
        "report patient",
        "report study",
        "design",
        "design sample-size",
        "design sample-size lmm-slope",
        "design sample-size survival",
        "design sample-size proportions",
        "design boundaries",
        "evidence",
        "evidence list",
        "evidence show",
        "evidence export",
        "evidence pool",
        "evidence summaries",
        "evidence claims",
        "design randomize",
        "claim",
        "claim check",
        "simulate",
        "simulate cohort",
        "simulate calibrate",
        "demo",
        "design simulate",
        "serve",
        "users",
        "users add",
        "users list",
        "users change",
        "users disable",
        "users unlock",
        "users access-log",
        "users token",
        "users token create",
        "users token list",
        "users token revoke");

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_Command_MatchesSnapshot(string command)
    {
        using var cli = new CliHarness();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var run = await cli.RunRawAsync(args);

        Assert.Equal(0, run.ExitCode);
        var name = command.Length == 0 ? "motus" : "motus-" + command.Replace(' ', '-');
        var path = Path.Combine(CliHarness.RepoRoot(), "tests", "Motus.Cli.Tests", "Snapshots", name + ".help.txt");
        var actual = run.Out.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with MOTUS_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }
}
