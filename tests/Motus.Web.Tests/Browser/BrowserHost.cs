using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Testing;
using Motus.Web.Hosting;

namespace Motus.Web.Tests.Browser;

/// <summary>
/// The one browser fixture: the real host (Kestrel, as <c>motus serve</c> runs it) on a free loopback port over a
/// fresh SQLite file holding the PRO-ACT fixture as study PROACT, with the first administrator and an investigator of
/// site PROACT (may enter data and open the dashboard), and Debian's Chromium (<c>/usr/bin/chromium</c>, installed by
/// scripts/test.sh) driven by Playwright. Screenshots go to artifacts/browser/.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(RepoPaths.Root(), "artifacts", "browser");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"motus-browser-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _chromium = null!;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The investigator's user name.</summary>
    public string UserName { get; } = "investigator";

    /// <summary>The investigator's password.</summary>
    public string Password { get; private set; } = "";

    /// <summary>A patient with ALSFRS-R ratings.</summary>
    public string PatientCode { get; private set; } = "";

    /// <summary>The day after the patient's first rating: a date on which a new rating breaks no rule and no imported rating sits.</summary>
    public DateOnly EntryDate { get; private set; }

    /// <summary>The administrator created on first start (user name and password).</summary>
    public (string UserName, string Password) Administrator { get; private set; }

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does: apt-get install chromium).");
        _app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", "--environment=Testing", "--Database:Provider=Sqlite", $"--Database:SqlitePath={_path}"]);
        await _app.StartAsync(); // migrations and the first administrator run as start-up tasks
        BaseUrl = _app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

        var database = _app.Services.GetRequiredService<MotusDatabase>();
        var import = await new ImportProact(database).RunAsync(new ImportProactRequest(RepoPaths.ValidProactFixture, "PROACT", "Study PROACT", "PROACT",
            new DateOnly(2000, 1, 1), "test-seed"));
        Assert.True(import.Succeeded, string.Join("; ", import.Errors));
        await using (var db = await database.OpenAsync())
        {
            var first = await db.Alsfrs.OrderBy(a => a.PatientId).ThenBy(a => a.Details.Date).FirstAsync();
            PatientCode = await db.Patients.Where(p => p.Id == first.PatientId).Select(p => p.Code).SingleAsync();
            var dates = await db.Alsfrs.Where(a => a.PatientId == first.PatientId).Select(a => a.Details.Date).ToListAsync();
            EntryDate = dates.Min().AddDays(1);
            Assert.DoesNotContain(EntryDate, dates);
        }

        await using var scope = _app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser(UserName, "Investigator", MotusRoles.Investigator, ["PROACT"], "PROACT"), new Motus.Data.Auditing.ChangeContext("tests", Motus.Data.Auditing.AuditSource.System));
        Password = created.Password;
        var admin = _app.Services.GetRequiredService<StartupReport>().CreatedAdministrator!;
        Administrator = (admin.UserName, admin.Password);

        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>
    /// A new page (own cookies) on the host; <paramref name="errors"/> collects console errors and HTTP responses of 400
    /// or more (a Content-Security-Policy violation shows up there).
    /// </summary>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        var context = await _chromium.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.Response += (_, r) => { if (r.Status >= 400) { errors.Add($"{r.Status} {r.Url}"); } };
        return page;
    }

    /// <summary>Signs in through the sign-in page and waits until the page shows the sign-out button.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("button:has-text('Sign out')")).ToBeVisibleAsync();
    }

    /// <summary>Saves a full-page screenshot as artifacts/browser/<paramref name="name"/>.png.</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        if (Directory.Exists(_path + ".keys"))
        {
            Directory.Delete(_path + ".keys", recursive: true); // the key ring beside the database
        }
    }
}
