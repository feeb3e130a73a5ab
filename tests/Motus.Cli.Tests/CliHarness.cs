using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Motus.Cli.Tests;

/// <summary>Runs the CLI in-process against a temporary SQLite file with a fixed clock, capturing output.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness() => DbPath = Path.Combine(Path.GetTempPath(), $"motus-cli-{Guid.NewGuid():N}.db");

    /// <summary>The database file passed as --db.</summary>
    public string DbPath { get; }

    /// <summary>Fixed clock: 2026-11-25 10:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Runs <c>motus --db DbPath ARGS</c>.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunRawAsync(["--db", DbPath, .. args]);

    /// <summary>Runs <c>motus ARGS</c> exactly as given.</summary>
    public async Task<CliRun> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MotusCli.RunAsync(args, new CliEnvironment(output, error, Interactive: false, Clock));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(DbPath);
    }

    /// <summary>The repository root.</summary>
    public static string RepoRoot() => Motus.Testing.RepoPaths.Root();

    /// <summary>The committed valid PRO-ACT fixture.</summary>
    public static string ValidFixture => Motus.Testing.RepoPaths.ValidProactFixture;
}

/// <summary>One CLI run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);
