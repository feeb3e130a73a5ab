using Microsoft.EntityFrameworkCore;
using Motus.Application.Import;
using Motus.Application.Simulation;
using Motus.Application.Tests.Analyses;

namespace Motus.Application.Tests.Simulation;

public sealed class SimulateCohortTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("motus-sim-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_SameSeed_ByteIdenticalFiles_DifferentSeed_DifferentFiles()
    {
        var a = SimulateCohort.Run(new SimulateCohortRequest(200, 5, Path.Combine(_root, "a")));
        SimulateCohort.Run(new SimulateCohortRequest(200, 5, Path.Combine(_root, "b")));
        SimulateCohort.Run(new SimulateCohortRequest(200, 6, Path.Combine(_root, "c")));

        Assert.Equal(200, a.Patients);
        foreach (var file in a.Files.Keys)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "a", file)), File.ReadAllBytes(Path.Combine(_root, "b", file)));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_root, "a", "PROACT_ALSFRS.csv")), File.ReadAllBytes(Path.Combine(_root, "c", "PROACT_ALSFRS.csv")));
    }

    [Fact]
    public async Task Run_ThenImport_ZeroErrorsAndEveryRowImported()
    {
        var dir = Path.Combine(_root, "cohort");
        var simulated = SimulateCohort.Run(new SimulateCohortRequest(300, 11, dir));
        await using var db = await TempDatabase.CreateAsync();

        var imported = await new ImportProact(db.Database).RunAsync(new ImportProactRequest(dir, "SIM", "Simulated", "SIM", SimulateCohort.Anchor, "tester@cli"));

        Assert.Empty(imported.Errors);
        Assert.Equal(300, imported.PatientsAdded);
        Assert.Equal(simulated.Rows, imported.RowsRead);
        await using var context = await db.Database.OpenAsync();
        Assert.Equal(simulated.Files["PROACT_ALSFRS.csv"], await context.Alsfrs.CountAsync());
        Assert.Equal(simulated.Deaths, simulated.Files["PROACT_DEATHDATA.csv"]);
    }

    [Fact]
    public void Run_TooManyPatients_UsageError()
    {
        var e = Assert.Throws<MotusException>(() => SimulateCohort.Run(new SimulateCohortRequest(0, 1, Path.Combine(_root, "x"))));
        Assert.Equal(ExitCategory.Usage, e.Category);
    }
}
