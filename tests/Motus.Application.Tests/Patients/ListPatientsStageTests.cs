using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Patients;
using Motus.Application.Simulation;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.Common;
using Motus.Domain.Events;
using Motus.Testing;

namespace Motus.Application.Tests.Patients;

public sealed class ListPatientsStageTests
{
    private static readonly AccessScope Everyone = AccessScope.Unrestricted("tests");

    [Fact]
    public async Task PageAsync_StageFilter_PatientsByStageAtTheirLatestRating()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        var (one, three, unknown) = await ThreeUnstagedPatientsAsync(db);
        var today = db.Database.Today;
        // Hand-staged (Balendra mapping): bulbar only → 1; bulbar, upper and lower limb → 3; R3 missing, R1 not 0 → not determined.
        await AddRatingAsync(db, one, Builders.NormalAlsfrsDetails(today) with { Q1Speech = 3 });
        await AddRatingAsync(db, three, Builders.NormalAlsfrsDetails(today) with { Q1Speech = 3, Q4Handwriting = 2, Q8Walking = 1 });
        await AddRatingAsync(db, unknown, Builders.NormalAlsfrsDetails(today) with { R3RespiratoryInsufficiency = null });
        var list = new ListPatients(db.Database);

        var stage1 = await list.PageAsync(new ListPatientsRequest(Stage: "1"), Everyone, 1, 50);
        var stage3 = await list.PageAsync(new ListPatientsRequest(Stage: "3"), Everyone, 1, 50);
        var undetermined = await list.PageAsync(new ListPatientsRequest(Stage: "not determined"), Everyone, 1, 50);
        var all = await list.RunAsync(new ListPatientsRequest(), Everyone);

        Assert.Contains(one, stage1.Rows.Select(r => r.Code));
        Assert.Contains(three, stage3.Rows.Select(r => r.Code));
        Assert.Contains(unknown, undetermined.Rows.Select(r => r.Code));
        Assert.All(stage1.Rows, r => Assert.Equal("1", r.KingsStage));
        Assert.All(stage3.Rows, r => Assert.Equal("3", r.KingsStage));
        Assert.All(undetermined.Rows, r => Assert.Equal("not determined", r.KingsStage));
        Assert.Equal(all.Count(r => r.KingsStage == "1"), stage1.Total);
        Assert.Equal(10, all.Count);
        Assert.All(all, r => Assert.Contains(r.KingsStage, PatientStages.All));
        Assert.Equal(10, PatientStages.All.Sum(s => all.Count(r => r.KingsStage == s)));
    }

    [Fact]
    public async Task PageAsync_UnknownStage_UsageError()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));

        var e = await Assert.ThrowsAsync<MotusException>(() => new ListPatients(db.Database).PageAsync(new ListPatientsRequest(Stage: "4"), Everyone, 1, 50));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Contains("4A, 4B", e.Message, StringComparison.Ordinal);
    }

    // Patients with no gastrostomy or death event, so that a rating today is staged by its items alone.
    private static async Task<(string, string, string)> ThreeUnstagedPatientsAsync(TempDatabase db)
    {
        await using var context = db.Database.CreateContext();
        var excluded = context.Events.Where(e => e.Details.Kind == ClinicalEventKind.Gastrostomy || e.Details.Kind == ClinicalEventKind.Death).Select(e => e.PatientId);
        var codes = await context.Patients.Where(p => !excluded.Contains(p.Id)).OrderBy(p => p.Code).Select(p => p.Code).Take(3).ToListAsync();
        Assert.Equal(3, codes.Count);
        return (codes[0], codes[1], codes[2]);
    }

    private static async Task AddRatingAsync(TempDatabase db, string code, AlsfrsDetails details)
    {
        await using var context = db.Database.CreateContext();
        context.Changes = new ChangeContext("tests", AuditSource.System);
        var id = await context.Patients.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        context.Alsfrs.Add(AlsfrsAssessment.Create(id, details, db.Database.Today).Value);
        await context.SaveChangesAsync();
    }
}
