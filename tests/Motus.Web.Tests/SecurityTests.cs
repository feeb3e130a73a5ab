using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Web.Hosting;

namespace Motus.Web.Tests;

/// <summary>Sign-in, cookies, antiforgery, lockout, disabling, security headers.</summary>
public sealed class SecurityTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/api/v1/patients")]
    [InlineData("/assets/site.css")]
    public async Task Response_AnyPath_CarriesSecurityHeaders(string path)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        // Scripts only from the app's own files (the ALSFRS-R form's live totals): never inline, never eval.
        var scripts = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).Where(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal(["script-src 'self'"], scripts);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsHttpOnlyStrictCookieAndOpensPages()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await FormPost.SignInAsync(client, "monitor", fixture.Host.Passwords["monitor"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("motus.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var overview = await client.GetStringAsync("/");
        Assert.Contains("PROACT", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Study OTHER", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_HttpsRequest_CookieIsSecure()
    {
        using var client = fixture.Host.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var response = await FormPost.SignInAsync(client, "coordinator", fixture.Host.Passwords["coordinator"]);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("motus.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Is400()
    {
        using var client = fixture.Host.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "monitor", ["Password"] = fixture.Host.Passwords["monitor"] });

        using var response = await client.PostAsync("/account/sign-in", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("lockme", "Lock Me", "Monitor", ["PROACT"], "PROACT"), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        using var client = fixture.Host.CreateClient();

        for (var i = 0; i < AccountPolicy.MaxFailedSignIns; i++)
        {
            using var wrong = await FormPost.SignInAsync(client, "lockme", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode); // the form again, with a message
        }

        using var right = await FormPost.SignInAsync(client, "lockme", created.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = (await scope.ServiceProvider.GetRequiredService<ManageUsers>().ListAsync()).Single(u => u.UserName == "lockme");
        Assert.NotNull(listed.LockedOutUntil);
    }

    [Fact]
    public async Task Disable_User_RefusesSignInAndTokenAtOnce()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var created = await users.AddAsync(new NewUser("leaver", "Leaver", "Investigator", ["PROACT"], "PROACT"), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        var token = (await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync("leaver", "script", null, new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System))).Secret;
        using var api = fixture.Host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/patients")).StatusCode);

        await users.DisableAsync("leaver", new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/patients")).StatusCode);
        using var browser = fixture.Host.CreateClient();
        using var signIn = await FormPost.SignInAsync(browser, "leaver", created.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True((await users.ListAsync()).Single(u => u.UserName == "leaver").Disabled);
    }

    [Fact]
    public async Task AddUser_ShortPassword_IsRefusedByThePolicy()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.MotusUser>>();

        var result = await manager.CreateAsync(new Data.Accounts.MotusUser { UserName = "shorty" }, "abc123XYZ!");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooShort");
    }

    [Fact]
    public async Task Startup_FirstStart_CreatedOneAdministratorWithGeneratedPassword()
    {
        var report = fixture.Host.Services.GetRequiredService<StartupReport>();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Data.Accounts.AccountsDbContext>();

        Assert.NotNull(report.CreatedAdministrator);
        Assert.Equal(ManageUsers.FirstAdministrator, report.CreatedAdministrator!.UserName);
        Assert.Equal(20, report.CreatedAdministrator.Password.Length);
        Assert.True(await accounts.Users.AnyAsync(u => u.UserName == ManageUsers.FirstAdministrator));
        using var client = fixture.Host.CreateClient();
        using var signIn = await FormPost.SignInAsync(client, "admin", report.CreatedAdministrator.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
