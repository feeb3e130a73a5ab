using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Application.Simulation;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Testing;

namespace Motus.Application.Tests.Patients;

public sealed class PatientDirectoryTests
{
    private static readonly AccessScope Everyone = AccessScope.Unrestricted("tests");

    public static TheoryData<ListPatientsRequest, int, int> Requests() => new()
    {
        { new ListPatientsRequest(), 1, 50 },
        { new ListPatientsRequest(), 2, 7 },
        { new ListPatientsRequest(), 9, 7 },
        { new ListPatientsRequest(ProtocolId: "DEMO"), 1, 10 },
        { new ListPatientsRequest(ProtocolId: "NONE"), 1, 10 },
        { new ListPatientsRequest(ArmCode: "A"), 1, 50 },
        { new ListPatientsRequest(Search: "0"), 2, 5 },
        { new ListPatientsRequest(Status: "active"), 1, 50 },
        { new ListPatientsRequest(Status: "deceased"), 1, 50 },
        { new ListPatientsRequest(Status: "withdrawn"), 1, 50 },
        { new ListPatientsRequest(Stage: "2"), 1, 50 },
        { new ListPatientsRequest(Stage: "not determined"), 1, 50 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Page_EqualsTheDatabaseQuery(ListPatientsRequest request, int page, int pageSize)
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 40));
        using var directory = new PatientDirectory(db.Database);

        var expected = await new ListPatients(db.Database).PageAsync(request, Everyone, page, pageSize);
        var actual = (await directory.CurrentAsync()).Page(request, Everyone, page, pageSize);

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Rows, actual.Rows);
    }

    [Fact]
    public async Task Page_SiteScopes_EqualTheDatabaseQuery()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 20));
        await using var context = db.Database.CreateContext();
        var site = await context.Sites.Select(s => s.Id.Value).FirstAsync();
        var own = AccessScope.For("coordinator", [MotusRoles.Coordinator], [site]);
        var elsewhere = AccessScope.For("coordinator", [MotusRoles.Coordinator], [Guid.NewGuid()]);
        using var directory = new PatientDirectory(db.Database);
        var snapshot = await directory.CurrentAsync();

        foreach (var scope in new[] { own, elsewhere })
        {
            var expected = await new ListPatients(db.Database).PageAsync(new ListPatientsRequest(), scope, 1, 500);
            var actual = snapshot.Page(new ListPatientsRequest(), scope, 1, 500);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Rows, actual.Rows);
        }

        Assert.Equal(20, snapshot.Page(new ListPatientsRequest(), own, 1, 500).Total);
        Assert.Equal(0, snapshot.Page(new ListPatientsRequest(), elsewhere, 1, 500).Total);
        Assert.All(snapshot.Entries, e => Assert.NotNull(snapshot.Find(own, e.Summary.Study, e.Summary.Code)));
        Assert.All(snapshot.Entries, e => Assert.Null(snapshot.Find(elsewhere, e.Summary.Study, e.Summary.Code)));
    }

    [Fact]
    public async Task CurrentAsync_AfterChanges_RecomputesOnlyTheChangedPatients()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 20));
        using var directory = new PatientDirectory(db.Database);
        var before = await directory.CurrentAsync();
        var target = before.Entries.First(e => e.Summary.Status == "active");
        var other = before.Entries.First(e => e.Id != target.Id);

        await AddAsync(db, c => c.Alsfrs.Add(AlsfrsAssessment.Create(target.Id, Builders.NormalAlsfrsDetails(db.Database.Today), db.Database.Today).Value));
        var afterRating = await directory.CurrentAsync();
        await AddAsync(db, c => c.Events.Add(ClinicalEvent.Create(target.Id, new ClinicalEventDetails { Kind = ClinicalEventKind.Death, Date = db.Database.Today }, db.Database.Today).Value));
        var afterDeath = await directory.CurrentAsync();

        Assert.Equal(1, directory.Rebuilds);
        Assert.Equal(2, directory.Refreshes);
        Assert.True(afterRating.Version > before.Version);
        var rated = afterRating.Find(Everyone, target.Summary.Study, target.Summary.Code)!;
        Assert.Equal(target.Summary.AlsfrsCount + 1, rated.Summary.AlsfrsCount);
        Assert.Equal(db.Database.Today, rated.Summary.LastAlsfrsDate);
        Assert.Equal(afterRating.Version, rated.LastChange);
        Assert.Equal("deceased", afterDeath.Find(Everyone, target.Summary.Study, target.Summary.Code)!.Summary.Status);
        Assert.Same(other, afterDeath.Find(Everyone, other.Summary.Study, other.Summary.Code));
        Assert.Equal(
            (await new ListPatients(db.Database).PageAsync(new ListPatientsRequest(), Everyone, 1, 500)).Rows,
            afterDeath.Page(new ListPatientsRequest(), Everyone, 1, 500).Rows);
    }

    [Fact]
    public async Task CurrentAsync_NewStudy_Rebuilds()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        using var directory = new PatientDirectory(db.Database);
        Assert.Equal(10, (await directory.CurrentAsync()).Entries.Count);

        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10, ProtocolId: "DEMO2"));
        var after = await directory.CurrentAsync();

        Assert.Equal(2, directory.Rebuilds);
        Assert.Equal(20, after.Entries.Count);
        Assert.Equal(after.Entries.OrderBy(e => e.Summary.Study, StringComparer.Ordinal).ThenBy(e => e.Summary.Code, StringComparer.Ordinal), after.Entries);
        Assert.Equal(await db.Database.ReadVersionAsync(), after.Version);
    }

    [Fact]
    public async Task CurrentAsync_NewCellProduct_MovesTheSharedChangeOnly()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        using var directory = new PatientDirectory(db.Database);
        var before = await directory.CurrentAsync();
        await using var context = db.Database.CreateContext();
        var study = await context.Studies.Select(s => s.Id).SingleAsync();

        await AddAsync(db, c => c.CellProducts.Add(Builders.ValidCellProduct(study, Builders.ValidCellProductDetails("LOT-NEW-1"))));
        var after = await directory.CurrentAsync();

        Assert.Equal(1, directory.Rebuilds);
        Assert.Equal(1, directory.Refreshes);
        Assert.True(after.SharedChange > before.SharedChange);
        Assert.Equal(after.Version, after.SharedChange);
        Assert.Equal(before.Entries.Select(e => e.LastChange), after.Entries.Select(e => e.LastChange));
        // A fresh directory computes the same shared change from the whole trail.
        using var fresh = new PatientDirectory(db.Database);
        Assert.Equal(after.SharedChange, (await fresh.CurrentAsync()).SharedChange);
    }

    [Theory]
    [InlineData(int.MaxValue, 50)]
    [InlineData(1_000_000_000, 3)]
    public async Task Page_HugePageNumber_EmptyPageNotAnOverflow(int page, int pageSize)
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        using var directory = new PatientDirectory(db.Database);
        var snapshot = await directory.CurrentAsync();
        var oneSite = AccessScope.For("coordinator", [MotusRoles.Coordinator], [snapshot.Entries[0].Site.Value]);

        var all = snapshot.Page(new ListPatientsRequest(), Everyone, page, pageSize);
        var filtered = snapshot.Page(new ListPatientsRequest(Status: "active"), oneSite, page, pageSize);

        Assert.Empty(all.Rows);
        Assert.Equal(10, all.Total);
        Assert.Empty(filtered.Rows);
    }

    [Fact]
    public async Task Page_BadArguments_SameErrorsAsTheDatabaseQuery()
    {
        await using var db = await TempDatabase.CreateAsync();
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        using var directory = new PatientDirectory(db.Database);
        var snapshot = await directory.CurrentAsync();

        var stage = Assert.Throws<MotusException>(() => snapshot.Page(new ListPatientsRequest(Stage: "4"), Everyone, 1, 50));
        var status = Assert.Throws<MotusException>(() => snapshot.Page(new ListPatientsRequest(Status: "gone"), Everyone, 1, 50));
        var size = Assert.Throws<MotusException>(() => snapshot.Page(new ListPatientsRequest(), Everyone, 1, ListPatients.MaxPageSize + 1));

        Assert.Equal((await Assert.ThrowsAsync<MotusException>(() => new ListPatients(db.Database).PageAsync(new ListPatientsRequest(Stage: "4"), Everyone, 1, 50))).Message, stage.Message);
        Assert.Equal((await Assert.ThrowsAsync<MotusException>(() => new ListPatients(db.Database).PageAsync(new ListPatientsRequest(Status: "gone"), Everyone, 1, 50))).Message, status.Message);
        Assert.All(new[] { stage, status, size }, e => Assert.Equal(ExitCategory.Usage, e.Category));
    }

    private static async Task AddAsync(TempDatabase db, Action<Data.MotusDbContext> add)
    {
        await using var context = db.Database.CreateContext();
        context.Changes = new ChangeContext("tests", AuditSource.System);
        add(context);
        await context.SaveChangesAsync();
    }
}
