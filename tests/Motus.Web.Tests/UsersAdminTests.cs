using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Web.Tests;

/// <summary>The users administration and access-log pages: what administrators see and change (audited), and that nobody else can.</summary>
public sealed partial class UsersAdminTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task UsersPage_Administrator_ListsRoleSitesStateAndLastSignIn()
    {
        await AddAsync("ua-never", "Statistician");
        using var admin = await AdminAsync();

        var html = await admin.GetStringAsync("/admin/users");

        var monitorRow = Row(html, "monitor");
        Assert.Contains("<td>Monitor</td>", monitorRow, StringComparison.Ordinal);
        Assert.Contains("<td>PROACT/PROACT</td>", monitorRow, StringComparison.Ordinal);
        Assert.Contains("<td>active</td>", monitorRow, StringComparison.Ordinal);
        Assert.Contains("<td>never</td>", Row(html, "ua-never"), StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{4}-\d\d-\d\d \d\d:\d\d</td>", Row(html, "administrator")); // signed in just now
        Assert.Contains("name=\"__af\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUser_FromThePage_PasswordShownOnceWorksAndCreationIsAudited()
    {
        using var admin = await AdminAsync();

        using var response = await PostAsync(admin, "/admin/users", "Add", new() { ["UserName"] = "ua-new", ["DisplayName"] = "New Person", ["Role"] = "Coordinator", ["Sites"] = "PROACT/PROACT" });

        var html = await response.Content.ReadAsStringAsync();
        var password = PasswordShown().Match(html).Groups[1].Value;
        Assert.Equal(20, password.Length);
        Assert.DoesNotContain(password, await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        using var browser = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(browser, "ua-new", password)).StatusCode);
        var row = (await AuditRowsAsync("ua-new")).Single();
        Assert.Equal(("administrator", AuditSource.Ui, AuditAction.Create), (row.Actor, row.Source, row.Action));
        Assert.Contains("\"Sites\":\"PROACT/PROACT\"", row.NewValue, StringComparison.Ordinal);
        Assert.DoesNotContain(password, row.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUser_NonAdministratorWithoutSite_ErrorAndNoUser()
    {
        using var admin = await AdminAsync();

        using var response = await PostAsync(admin, "/admin/users", "Add", new() { ["UserName"] = "ua-nosite", ["Role"] = "Monitor" });

        Assert.Contains("Choose at least one site for a Monitor.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await AuditRowsAsync("ua-nosite"));
    }

    [Fact]
    public async Task ChangeAccess_WithoutReason_RefusedAndNothingChanged()
    {
        await AddAsync("ua-noreason", "Monitor");
        using var admin = await AdminAsync();

        using var response = await PostAsync(admin, "/admin/users/ua-noreason", "Access", new() { ["Role"] = "Coordinator", ["Sites"] = "PROACT/PROACT", ["AccessReason"] = " " });

        Assert.Contains("Say why you change this user&#x27;s access", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await AuditRowsAsync("ua-noreason")); // the creation only
        Assert.Equal(["Monitor"], (await ListAsync("ua-noreason")).Roles);
    }

    [Fact]
    public async Task ChangeAccess_RoleAndSitesWithReason_AuditRowsInTheChainAndApplied()
    {
        await AddAsync("ua-move", "Monitor");
        using var admin = await AdminAsync();

        using var response = await PostAsync(admin, "/admin/users/ua-move", "Access",
            new() { ["Role"] = "Investigator", ["Sites"] = "OTHER/OTHER", ["AccessReason"] = "moved to the other site" });

        Assert.Contains("Changed the access of ua-move", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = (await AuditRowsAsync("ua-move")).Skip(1).Select(r => (r.Actor, r.Source, r.Field, r.OldValue, r.NewValue, r.Reason)).ToList();
        Assert.Equal([("administrator", AuditSource.Ui, "Role", "Monitor", "Investigator", "moved to the other site"),
            ("administrator", AuditSource.Ui, "Sites", "PROACT/PROACT", "OTHER/OTHER", "moved to the other site")], rows);
        var listed = await ListAsync("ua-move");
        Assert.Equal(["Investigator"], listed.Roles);
        Assert.Equal(["OTHER/OTHER"], listed.Sites);
        await AssertChainIntactAsync();
    }

    [Fact]
    public async Task Disable_WithReason_AuditedAndSignInRefused()
    {
        var password = await AddAsync("ua-leaver", "Monitor");
        using var admin = await AdminAsync();

        using var response = await PostAsync(admin, "/admin/users/ua-leaver", "Disable", new() { ["DisableReason"] = "left the trial" });

        Assert.Contains("<dd id=\"state\">disabled</dd>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var row = (await AuditRowsAsync("ua-leaver")).Last();
        Assert.Equal(("administrator", "DisabledAt", "left the trial"), (row.Actor, row.Field, row.Reason));
        using var browser = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(browser, "ua-leaver", password)).StatusCode); // the form again
        await AssertChainIntactAsync();
    }

    [Fact]
    public async Task Unlock_LockedOutUser_AuditedAndTheUserCanSignInAgain()
    {
        var password = await AddAsync("ua-locked", "Monitor");
        using var browser = fixture.Host.CreateClient();
        for (var i = 0; i < AccountPolicy.MaxFailedSignIns; i++)
        {
            (await FormPost.SignInAsync(browser, "ua-locked", "wrong password " + i)).Dispose();
        }

        using var admin = await AdminAsync();
        var page = await admin.GetStringAsync("/admin/users/ua-locked");

        using var response = await PostAsync(admin, "/admin/users/ua-locked", "Unlock", new() { ["UnlockReason"] = "identity checked by phone" });

        Assert.Contains("locked out until", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"state\">active</dd>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var row = (await AuditRowsAsync("ua-locked")).Last();
        Assert.Equal(("administrator", "LockoutEnd", null, "identity checked by phone"), (row.Actor, row.Field, row.NewValue, row.Reason));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(browser, "ua-locked", password)).StatusCode);
        await AssertChainIntactAsync();
    }

    [Fact]
    public async Task OwnAccount_DisableOrDemote_RefusedAndNothingChanged()
    {
        using var admin = await AdminAsync();
        var before = (await AuditRowsAsync("administrator")).Count;

        using var disable = await PostAsync(admin, "/admin/users/administrator", "Disable", new() { ["DisableReason"] = "oops" });
        using var demote = await PostAsync(admin, "/admin/users/administrator", "Access", new() { ["Role"] = "Monitor", ["Sites"] = "PROACT/PROACT", ["AccessReason"] = "oops" });

        Assert.Contains("You cannot disable your own account", await disable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("You cannot take away your own administrator role", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await AuditRowsAsync("administrator")).Count);
        Assert.False((await ListAsync("administrator")).Disabled);
    }

    [Fact]
    public async Task UserPage_UnknownUser_404()
    {
        using var admin = fixture.Host.ClientFor(MotusRoles.Administrator);

        using var response = await admin.GetAsync("/admin/users/nobody-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Investigator")]
    [InlineData("Coordinator")]
    [InlineData("Monitor")]
    [InlineData("Statistician")]
    public async Task AdminPosts_NonAdministratorWithAntiforgery_DeniedAndNothingChanged(string role)
    {
        await AddAsync($"ua-target-{role}", "Monitor");
        using var browser = fixture.Host.CreateClient();
        (await FormPost.SignInAsync(browser, role.ToLowerInvariant(), fixture.Host.Passwords[role.ToLowerInvariant()])).Dispose();
        var af = await FormPost.AntiforgeryAsync(browser, "/account/tokens"); // a valid token from a page they may open

        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/admin/users?handler=Add", new() { ["UserName"] = $"ua-sneaky-{role}", ["Role"] = "Administrator" }),
            ($"/admin/users/ua-target-{role}?handler=Access", new() { ["Role"] = "Administrator", ["AccessReason"] = "x" }),
            ($"/admin/users/ua-target-{role}?handler=Disable", new() { ["DisableReason"] = "x" }),
            ($"/admin/users/ua-target-{role}?handler=Unlock", new() { ["UnlockReason"] = "x" }),
        };
        foreach (var (url, fields) in posts)
        {
            fields["__af"] = af;
            using var form = new FormUrlEncodedContent(fields);
            using var response = await browser.PostAsync(url, form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Empty(await AuditRowsAsync($"ua-sneaky-{role}"));
        Assert.Single(await AuditRowsAsync($"ua-target-{role}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Host.ClientFor(role).GetAsync("/admin/access-log")).StatusCode);
    }

    [Fact]
    public async Task AccessLogPage_Filters_ShowOnlyMatchingRows()
    {
        using var browser = fixture.Host.CreateClient();
        (await FormPost.SignInAsync(browser, "ua-ghost", "whatever password")).Dispose();
        using var admin = await AdminAsync();

        var ghost = await admin.GetStringAsync("/admin/access-log?user=ua-ghost");
        var unknown = await admin.GetStringAsync("/admin/access-log?outcome=UnknownUser");
        var succeeded = await admin.GetStringAsync("/admin/access-log?outcome=Succeeded&event=SignIn");
        var future = await admin.GetStringAsync("/admin/access-log?since=2999-01-01");
        var bad = await admin.GetStringAsync("/admin/access-log?since=yesterday&outcome=Maybe");

        Assert.Contains("<td>ua-ghost (no such user)</td>", ghost, StringComparison.Ordinal);
        Assert.Contains("<td>UnknownUser</td>", ghost, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>administrator</td>", ghost, StringComparison.Ordinal);
        Assert.Contains("ua-ghost", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("ua-ghost", succeeded, StringComparison.Ordinal);
        Assert.Contains("<td>administrator</td>", succeeded, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"8\">none</td>", future, StringComparison.Ordinal);
        Assert.Contains("&#x27;yesterday&#x27; is not a date (yyyy-MM-dd).", bad, StringComparison.Ordinal);
        Assert.Contains("&#x27;Maybe&#x27; is not one of", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_AdministratorSeesAdminLinksOthersDoNot()
    {
        using var admin = fixture.Host.ClientFor(MotusRoles.Administrator);
        using var monitor = fixture.Host.ClientFor(MotusRoles.Monitor);

        Assert.Contains("href=\"/admin/users\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", await monitor.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = fixture.Host.CreateClient();
        using var signIn = await FormPost.SignInAsync(client, "administrator", fixture.Host.Passwords["administrator"]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        fields["__af"] = await FormPost.AntiforgeryAsync(client, page);
        var pairs = fields.SelectMany(f => f.Value.Split(';').Select(v => new KeyValuePair<string, string>(f.Key, v)));
        using var form = new FormUrlEncodedContent(pairs);
        var response = await client.PostAsync($"{page}?handler={handler}", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<string> AddAsync(string name, string role)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser(name, name, role, ["PROACT"], "PROACT"), new ChangeContext("tests", AuditSource.System))).Password;
    }

    private async Task<UserSummary> ListAsync(string name)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ManageUsers>().ListAsync()).Single(u => u.UserName == name);
    }

    private async Task<List<AuditEntry>> AuditRowsAsync(string userName)
    {
        await using var audit = fixture.Host.Services.GetRequiredService<Application.Database.MotusDatabase>().CreateContext();
        return await audit.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == userName).OrderBy(a => a.Sequence).ToListAsync();
    }

    private async Task AssertChainIntactAsync()
    {
        await using var audit = fixture.Host.Services.GetRequiredService<Application.Database.MotusDatabase>().CreateContext();
        var result = await AuditChain.VerifyAsync(audit);
        Assert.True(result.IsIntact, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    /// <summary>The table row of <paramref name="user"/> on the users page.</summary>
    private static string Row(string html, string user)
    {
        var start = html.IndexOf($">{user}</a></td>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {user}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex PasswordShown();
}
