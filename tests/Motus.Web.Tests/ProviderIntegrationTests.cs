using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;

namespace Motus.Web.Tests;

/// <summary>The same walk through the host on SQLite and on PostgreSQL: start-up migrations, first administrator, pages, API, site isolation.</summary>
public sealed class ProviderIntegrationTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Host_OnProvider_ServesPagesAndApiWithinTheUsersSites(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var admin = host.ClientFor(MotusRoles.Administrator);
        using var investigator = host.ClientFor(MotusRoles.Investigator);

        using var all = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/patients?pageSize=500"));
        using var own = JsonDocument.Parse(await investigator.GetStringAsync("/api/v1/patients?pageSize=500"));
        var total = all.RootElement.GetProperty("total").GetInt32();
        var code = own.RootElement.GetProperty("rows")[0].GetProperty("code").GetString()!;

        Assert.True(total > 0);
        Assert.Equal(total / 2, own.RootElement.GetProperty("total").GetInt32()); // two studies of the same fixture, one visible
        Assert.All(own.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("PROACT", r.GetProperty("site").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await investigator.GetAsync($"/studies/PROACT/patients/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync($"/api/v1/studies/OTHER/patients/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await investigator.GetAsync("/studies/PROACT/dashboard")).StatusCode);
        using var survival = JsonDocument.Parse(await investigator.GetStringAsync("/api/v1/studies/PROACT/analyses/survival"));
        Assert.True(survival.RootElement.TryGetProperty("method", out _) || survival.RootElement.EnumerateObject().Any());
        using var assessments = JsonDocument.Parse(await investigator.GetStringAsync($"/api/v1/studies/PROACT/patients/{code}/assessments"));
        Assert.True(assessments.RootElement.GetProperty("alsfrs").GetArrayLength() > 0);
        // Account changes (users and tokens made by the host) share the clinical hash chain on both providers.
        await using var audit = host.Services.GetRequiredService<Application.Database.MotusDatabase>().CreateContext();
        Assert.True((await Data.Auditing.AuditChain.VerifyAsync(audit)).IsIntact);
        Assert.Contains("system:startup", audit.AuditEntries.Where(a => a.EntityType == "User").Select(a => a.Actor).ToList());
        Assert.True(audit.AuditEntries.Count(a => a.EntityType == "AccessToken") >= 2);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AccessLog_OnProvider_SignInsAndTokenUseWrittenFilteredAndAppendOnly(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var browser = host.CreateClient();
        (await FormPost.SignInAsync(browser, "monitor", "wrong password")).Dispose();
        (await FormPost.SignInAsync(browser, "monitor", host.Passwords["monitor"])).Dispose();
        using var api = host.ClientFor(MotusRoles.Investigator);
        for (var i = 0; i < 3; i++)
        {
            (await api.GetAsync("/api/v1/patients?pageSize=1")).Dispose();
        }

        await using var scope = host.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<Application.Accounts.AccessLog>();
        var monitor = await log.QueryAsync(new(UserName: "monitor", Since: DateTimeOffset.UtcNow.AddHours(-1)));
        var tokenUses = await log.QueryAsync(new(UserName: "investigator", Event: Data.Accounts.AccessEvent.TokenUse));
        var future = await log.QueryAsync(new(Since: DateTimeOffset.UtcNow.AddDays(1)));
        var accounts = scope.ServiceProvider.GetRequiredService<Data.Accounts.AccountsDbContext>();
        var update = await Assert.ThrowsAnyAsync<Exception>(() => accounts.Database.ExecuteSqlRawAsync("UPDATE \"AccessLog\" SET \"UserName\" = 'x'"));

        Assert.Equal([Data.Accounts.AccessOutcome.Succeeded, Data.Accounts.AccessOutcome.WrongPassword], monitor.Select(r => r.Outcome));
        Assert.Single(tokenUses);
        Assert.Empty(future);
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task UsersPage_OnProvider_LockoutLoggedThenUnlockAuditedInTheChain(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var browser = host.CreateClient();
        for (var i = 0; i < Application.Accounts.AccountPolicy.MaxFailedSignIns; i++)
        {
            (await FormPost.SignInAsync(browser, "coordinator", "wrong password " + i)).Dispose();
        }

        using var admin = host.CreateClient();
        (await FormPost.SignInAsync(admin, "administrator", host.Passwords["administrator"])).Dispose();
        var af = await FormPost.AntiforgeryAsync(admin, "/admin/users/coordinator");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af, ["UnlockReason"] = "help desk call" });
        using var unlock = await admin.PostAsync("/admin/users/coordinator?handler=Unlock", form);
        using var signIn = await FormPost.SignInAsync(browser, "coordinator", host.Passwords["coordinator"]);

        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<Application.Accounts.AccessLog>().QueryAsync(new(UserName: "coordinator"));
        await using var audit = host.Services.GetRequiredService<Application.Database.MotusDatabase>().CreateContext();
        var row = await audit.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == "coordinator").OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(Data.Accounts.AccessEvent.LockoutStarted, rows[1].Event);
        Assert.Equal(Data.Accounts.AccessOutcome.Succeeded, rows[0].Outcome);
        Assert.Equal(("administrator", "LockoutEnd", "help desk call"), (row.Actor, row.Field, row.Reason));
        Assert.True((await Data.Auditing.AuditChain.VerifyAsync(audit)).IsIntact);
    }

    [Fact]
    public async Task Api_UnknownPatient_Is404ProblemDetails()
    {
        await using var host = await WebHost.StartAsync(Provider.Sqlite);
        using var client = host.ClientFor(MotusRoles.Administrator);

        using var response = await client.GetAsync("/api/v1/studies/PROACT/patients/NOBODY");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("NOBODY", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BadPaging_Is400ProblemDetailsFromTheErrorMap()
    {
        await using var host = await WebHost.StartAsync(Provider.Sqlite);
        using var client = host.ClientFor(MotusRoles.Administrator);

        using var response = await client.GetAsync("/api/v1/patients?pageSize=100000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("pageSize", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
