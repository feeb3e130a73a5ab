using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Domain.Records;

namespace Motus.Cli.Tests.Analyze;

/// <summary>One database made by <c>motus init</c> and <c>motus import proact samples/proact-demo</c>, shared by the analyze tests.</summary>
public sealed class DemoCli : IAsyncLifetime
{
    public CliHarness Cli { get; } = new();

    public static string Folder => Path.Combine(CliHarness.RepoRoot(), "samples", "proact-demo");

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await Cli.RunAsync("init")).ExitCode);
        var import = await Cli.RunAsync("import", "proact", Folder);
        Assert.Equal(0, import.ExitCode);
    }

    public Task DisposeAsync()
    {
        Cli.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs <c>motus --db … analyze ARGS</c>.</summary>
    public Task<CliRun> AnalyzeAsync(params string[] args) => Cli.RunAsync(["analyze", .. args]);

    /// <summary>Every patient record, loaded directly (not through the analyze use cases), for computing expected values with the Analysis API.</summary>
    public async Task<List<PatientRecord>> RecordsAsync()
    {
        var database = new MotusDatabase(DatabaseOptions.Sqlite(Cli.DbPath), Cli.Clock);
        await using var db = await database.OpenAsync();
        return await PatientRecords.LoadAsync(db, db.Patients);
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoCli>
{
    public const string Name = "proact-demo database";
}
