using Microsoft.EntityFrameworkCore;
using Motus.Application.Simulation;
using Motus.Application.Tests.Analyses;
using Motus.Domain.CellTherapy;

namespace Motus.Application.Tests.Simulation;

public sealed class CreateDemoStudyTests
{
    [Fact]
    public async Task RunAsync_Default_TwoBalancedArmsDosedIntrathecallyAndAuditedAsDemoUser()
    {
        await using var db = await TempDatabase.CreateAsync();
        var stages = new List<DemoProgress>();

        var result = await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 40, Seed: 3), new SyncProgress(stages.Add));

        Assert.Equal(new Dictionary<string, int> { ["Active"] = 20, ["Placebo"] = 20 }, result.Patients);
        await using var context = await db.Database.OpenAsync();
        Assert.Equal(40, await context.Patients.CountAsync());
        var administrations = await context.Administrations.ToListAsync();
        Assert.All(administrations, a => Assert.Equal(AdministrationRoute.Intrathecal, a.Details.Route));
        Assert.InRange(administrations.Count, 20, 60);
        Assert.Equal(await context.AuditEntries.CountAsync(), await context.AuditEntries.CountAsync(e => e.Actor == CreateDemoStudy.Actor));
        Assert.Contains(stages, s => s.Stage == "Simulating patients" && s.Done == 40);
    }

    [Fact]
    public async Task RunAsync_StudyExists_DataErrorAndNothingMore()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));

        var e = await Assert.ThrowsAsync<MotusException>(() => new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10)));

        Assert.Equal(ExitCategory.Data, e.Category);
    }

    private sealed class SyncProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}
