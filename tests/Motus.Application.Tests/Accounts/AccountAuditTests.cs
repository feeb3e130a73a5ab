using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Application.Simulation;
using Motus.Data.Auditing;

namespace Motus.Application.Tests.Accounts;

public sealed class AccountAuditTests
{
    private static readonly ChangeContext Cli = new("alice@cli", AuditSource.Cli);

    [Fact]
    public async Task AddAsync_NewUser_CreateRowWithRoleAndSitesButNoPassword()
    {
        await using var db = await TempDatabase.CreateAsync();
        var site = await DemoSiteAsync(db);
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();

        var created = await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("bob", "Bob B", MotusRoles.Investigator, [site], "DEMO"), Cli);

        var row = Assert.Single(await AccountRowsAsync(db));
        Assert.Equal(("alice@cli", AuditSource.Cli, AuditAction.Create, "User", "bob"), (row.Actor, row.Source, row.Action, row.EntityType, row.EntityId));
        Assert.Null(row.PatientId);
        using var json = JsonDocument.Parse(row.NewValue!);
        Assert.Equal("Investigator", json.RootElement.GetProperty("Role").GetString());
        Assert.Equal($"DEMO/{site}", json.RootElement.GetProperty("Sites").GetString());
        Assert.Equal("Bob B", json.RootElement.GetProperty("DisplayName").GetString());
        Assert.DoesNotContain(created.Password, row.NewValue!, StringComparison.Ordinal);
        await AssertIntactAsync(db);
    }

    [Fact]
    public async Task DisableAsync_ActiveUser_UpdateRowWithReasonAndActor()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser("carol", "Carol", MotusRoles.Administrator, []), Cli);

        await users.DisableAsync("carol", new ChangeContext("admin", AuditSource.Ui, "left the study"));
        await users.DisableAsync("carol", new ChangeContext("admin", AuditSource.Ui, "again"));

        var rows = await AccountRowsAsync(db);
        Assert.Equal(2, rows.Count);
        var row = rows[1];
        Assert.Equal(("admin", AuditSource.Ui, AuditAction.Update, "carol", "DisabledAt", null, "left the study"),
            (row.Actor, row.Source, row.Action, row.EntityId, row.Field, row.OldValue, row.Reason));
        Assert.Equal("2026-11-25T10:00:00.000000Z", row.NewValue);
        await AssertIntactAsync(db);
    }

    [Fact]
    public async Task ChangeAccessAsync_RoleAndSites_OneRowEachWithBeforeAndAfter()
    {
        await using var db = await TempDatabase.CreateAsync();
        var site = await DemoSiteAsync(db);
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser("dave", "Dave", MotusRoles.Administrator, []), Cli);

        await users.ChangeAccessAsync("dave", MotusRoles.Monitor, [site], "DEMO", new ChangeContext("alice@cli", AuditSource.Cli, "moved to monitoring"));

        var rows = (await AccountRowsAsync(db)).Skip(1).Select(r => (r.Field, r.OldValue, r.NewValue, r.Reason)).ToList();
        Assert.Equal([("Role", "Administrator", "Monitor", "moved to monitoring"), ("Sites", "", $"DEMO/{site}", "moved to monitoring")], rows);
        var scopeNow = await users.ScopeAsync(await UserIdAsync(scope, "dave"));
        Assert.NotNull(scopeNow);
        Assert.False(scopeNow.CanManageUsers);
        await AssertIntactAsync(db);
    }

    [Fact]
    public async Task ChangeAccessAsync_UnknownSite_UsageErrorAndNoRow()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser("erin", "Erin", MotusRoles.Administrator, []), Cli);

        var e = await Assert.ThrowsAsync<MotusException>(() => users.ChangeAccessAsync("erin", MotusRoles.Monitor, ["NOPE"], null, Cli));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Single(await AccountRowsAsync(db));
        Assert.Equal([MotusRoles.Administrator], (await users.ListAsync()).Single().Roles);
    }

    [Fact]
    public async Task CreateAndRevokeAsync_Token_RowsWithoutSecretOrHash()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("frank", "Frank", MotusRoles.Administrator, []), Cli);
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var ui = new ChangeContext("frank", AuditSource.Ui);

        var created = await tokens.CreateAsync("frank", "nightly export", TimeSpan.FromDays(30), ui);
        await tokens.RevokeAsync("frank", created.Token.Id, ui with { Reason = "script retired" });

        var rows = (await AccountRowsAsync(db)).Where(r => r.EntityType == "AccessToken").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((created.Token.Id.ToString(), "frank", AuditSource.Ui), (r.EntityId, r.Actor, r.Source)));
        using var json = JsonDocument.Parse(rows[0].NewValue!);
        Assert.Equal(("frank", "nightly export", "2026-12-25T10:00:00.000000Z"),
            (json.RootElement.GetProperty("Owner").GetString(), json.RootElement.GetProperty("Name").GetString(), json.RootElement.GetProperty("ExpiresAt").GetString()));
        Assert.Equal((AuditAction.Update, "RevokedAt", "script retired"), (rows[1].Action, rows[1].Field, rows[1].Reason));
        var hash = AccessTokens.Hash(created.Secret);
        await using var context = db.Database.CreateContext();
        var everything = string.Join("\n", await context.AuditEntries.Select(a => a.NewValue + "|" + a.OldValue + "|" + a.Reason).ToListAsync());
        Assert.DoesNotContain(created.Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessTokens.Prefix, everything, StringComparison.Ordinal);
        await AssertIntactAsync(db);
    }

    [Fact]
    public async Task AccountRows_AfterClinicalRows_ChainContinuesAndVerifies()
    {
        await using var db = await TempDatabase.CreateAsync();
        await DemoSiteAsync(db);
        long before;
        await using (var context = db.Database.CreateContext())
        {
            before = await context.AuditEntries.MaxAsync(a => a.Sequence);
        }

        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("gina", "Gina", MotusRoles.Administrator, []), Cli);

        var row = Assert.Single(await AccountRowsAsync(db));
        Assert.Equal(before + 1, row.Sequence);
        await AssertIntactAsync(db);
    }

    private static async Task<string> DemoSiteAsync(TempDatabase db)
    {
        await new CreateDemoStudy(db.Database).RunAsync(new CreateDemoStudyRequest(Patients: 10));
        await using var context = db.Database.CreateContext();
        return await context.Sites.Select(s => s.Code).FirstAsync();
    }

    private static async Task<string> UserIdAsync(AsyncServiceScope scope, string name)
    {
        var accounts = scope.ServiceProvider.GetRequiredService<Data.Accounts.AccountsDbContext>();
        return await accounts.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
    }

    private static async Task<List<AuditEntry>> AccountRowsAsync(TempDatabase db)
    {
        await using var context = db.Database.CreateContext();
        return await context.AuditEntries.Where(a => a.EntityType == "User" || a.EntityType == "AccessToken").OrderBy(a => a.Sequence).ToListAsync();
    }

    private static async Task AssertIntactAsync(TempDatabase db)
    {
        await using var context = db.Database.CreateContext();
        var verification = await AuditChain.VerifyAsync(context);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Problems.Select(p => p.Message)));
    }
}
