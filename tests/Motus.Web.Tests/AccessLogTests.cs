using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Web.Tests;

/// <summary>Every access-log outcome written by the real host: sign-ins (and their refusals), lockout, sign-out, token use.</summary>
public sealed class AccessLogTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string Agent = "MotusTests/1.0 (access log)";

    [Fact]
    public async Task SignIn_RightPassword_SucceededRowWithUserAgent()
    {
        var password = await AddUserAsync("al-ok");
        using var client = Browser();

        using var response = await FormPost.SignInAsync(client, "al-ok", password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(await RowsAsync("al-ok"));
        Assert.Equal((AccessEvent.SignIn, AccessOutcome.Succeeded, Agent), (row.Event, row.Outcome, row.UserAgent));
        Assert.NotNull(row.UserId);
        Assert.True(DateTimeOffset.UtcNow - row.At < TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.Zero, row.At.Offset);
    }

    [Fact]
    public async Task SignIn_UnknownUser_RowWithTheNameAsTypedAndNoPassword()
    {
        using var client = Browser();

        using var response = await FormPost.SignInAsync(client, "No-Such-Person", "secret guess 12345");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await RowsAsync("No-Such-Person"));
        Assert.Equal((AccessEvent.SignIn, AccessOutcome.UnknownUser, null), (row.Event, row.Outcome, row.UserId));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var everything = string.Join("|", await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AccessLog
            .Select(r => r.UserName + r.UserAgent + r.Detail + r.RemoteIp).ToListAsync());
        Assert.DoesNotContain("secret guess", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_FiveWrongPasswordRowsALockoutRowThenLockedOut()
    {
        var password = await AddUserAsync("al-lock");
        using var client = Browser();

        for (var i = 0; i < AccountPolicy.MaxFailedSignIns; i++)
        {
            (await FormPost.SignInAsync(client, "al-lock", "wrong password " + i)).Dispose();
        }

        (await FormPost.SignInAsync(client, "al-lock", password)).Dispose(); // the right one, during the lockout

        var rows = (await RowsAsync("al-lock")).OrderBy(r => r.Id).Select(r => (r.Event, r.Outcome)).ToList();
        Assert.Equal([.. Enumerable.Repeat((AccessEvent.SignIn, AccessOutcome.WrongPassword), 5), (AccessEvent.LockoutStarted, AccessOutcome.Succeeded),
            (AccessEvent.SignIn, AccessOutcome.LockedOut)], rows);
        var lockout = (await RowsAsync("al-lock")).Single(r => r.Event == AccessEvent.LockoutStarted);
        Assert.Contains("locked until", lockout.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DisabledUser_RefusedAndLoggedAsDisabled()
    {
        var password = await AddUserAsync("al-gone");
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ManageUsers>().DisableAsync("al-gone", new ChangeContext("tests", AuditSource.System, "left"));
        }

        using var client = Browser();
        using var response = await FormPost.SignInAsync(client, "al-gone", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again: refused
        var row = Assert.Single(await RowsAsync("al-gone"));
        Assert.Equal((AccessEvent.SignIn, AccessOutcome.Disabled), (row.Event, row.Outcome));
    }

    [Fact]
    public async Task SignOut_SignedIn_SignOutRow()
    {
        var password = await AddUserAsync("al-out");
        using var client = Browser();
        (await FormPost.SignInAsync(client, "al-out", password)).Dispose();
        var af = await FormPost.AntiforgeryAsync(client, "/account/sign-out");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af });

        using var response = await client.PostAsync("/account/sign-out", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([AccessEvent.SignIn, AccessEvent.SignOut], (await RowsAsync("al-out")).OrderBy(r => r.Id).Select(r => r.Event));
    }

    [Fact]
    public async Task TokenUse_ManyRequestsInAMinute_OneRowAndAnotherWhenTheLastUseIsOlder()
    {
        await AddUserAsync("al-token");
        CreatedToken token;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync("al-token", "script", null, new ChangeContext("tests", AuditSource.System));
        }

        using var api = Browser();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.Secret);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/patients?pageSize=1")).StatusCode);
        }

        var afterBurst = await RowsAsync("al-token");
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            // The last use two minutes ago (the host's clock is the system's): the next request records a new use.
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var row = await accounts.AccessTokens.SingleAsync(t => t.Id == token.Token.Id);
            row.LastUsedAt = row.LastUsedAt!.Value.AddMinutes(-2);
            await accounts.SaveChangesAsync();
            // Two minutes passing would also have expired the remembered principal (AccessCache.Lifetime is 30 s).
            scope.ServiceProvider.GetRequiredService<Motus.Web.Security.AccessCache>().Clear();
        }

        (await api.GetAsync("/api/v1/patients?pageSize=1")).Dispose();
        var afterMinute = await RowsAsync("al-token");

        var first = Assert.Single(afterBurst);
        Assert.Equal((AccessEvent.TokenUse, AccessOutcome.Succeeded, token.Token.Id, Agent), (first.Event, first.Outcome, first.TokenId, first.UserAgent));
        Assert.Equal(2, afterMinute.Count);
        Assert.All(afterMinute, r => Assert.Equal(AccessEvent.TokenUse, r.Event));
    }

    [Fact]
    public async Task SignIns_AnyOutcome_NothingInTheClinicalAuditTrail()
    {
        var password = await AddUserAsync("al-quiet");
        var before = await AuditCountAsync();
        using var client = Browser();

        (await FormPost.SignInAsync(client, "al-quiet", "wrong password")).Dispose();
        (await FormPost.SignInAsync(client, "al-quiet", password)).Dispose();

        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(2, (await RowsAsync("al-quiet")).Count);
    }

    private HttpClient Browser()
    {
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        return client;
    }

    private async Task<string> AddUserAsync(string name)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser(name, name, "Monitor", ["PROACT"], "PROACT"), new ChangeContext("tests", AuditSource.System));
        return created.Password;
    }

    private async Task<List<AccessLogEntry>> RowsAsync(string userName)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AccessLog.AsNoTracking().Where(r => r.UserName == userName).ToListAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var audit = fixture.Host.Services.GetRequiredService<Application.Database.MotusDatabase>().CreateContext();
        return await audit.AuditEntries.CountAsync();
    }
}
