using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Testing;
using Motus.Web.Hosting;

namespace Motus.Web.Tests.Chromium;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/test.sh) driven by Playwright against the real host on
/// Kestrel (loopback): sign in, open a patient's timeline, open the dashboard. Screenshots go to artifacts/browser/.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"motus-browser-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _url = "";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/test.sh (it installs Debian's chromium) or apt-get install chromium.");
        _app = MotusWebApp.Build(["--urls=http://127.0.0.1:0", $"--Database:SqlitePath={_db}", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var import = new ImportProact(_app.Services.GetRequiredService<MotusDatabase>());
        Assert.True((await import.RunAsync(new ImportProactRequest(RepoPaths.ValidProactFixture, "PROACT", "Demo", "PROACT", new DateOnly(2000, 1, 1), "test-seed"))).Succeeded);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_db);
    }

    [Fact]
    public async Task Browser_SignInOpenPatientAndDashboard_ShowsChartsWithoutConsoleErrors()
    {
        var admin = _app.Services.GetRequiredService<StartupReport>().CreatedAdministrator!;
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var consoleErrors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { consoleErrors.Add(m.Text); } };
        page.Response += (_, r) => { if (r.Status >= 400) { consoleErrors.Add($"{r.Status} {r.Url}"); } };

        await page.GotoAsync(_url + "/");
        await page.GetByLabel("User name").FillAsync(admin.UserName);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(_url + "/");
        Assert.Contains("Enrolment by site and arm", await page.ContentAsync(), StringComparison.Ordinal);
        await Shot(page, "overview");

        await page.GotoAsync(_url + "/patients");
        await page.Locator("table tbody tr td a").First.ClickAsync();
        await page.WaitForSelectorAsync("figure svg");
        Assert.True(await page.Locator("figure svg").CountAsync() >= 3);
        Assert.Contains("Audit history", await page.ContentAsync(), StringComparison.Ordinal);
        await Shot(page, "patient");

        await page.GotoAsync(_url + "/studies/PROACT/dashboard");
        await page.WaitForSelectorAsync("#responders");
        Assert.True(await page.Locator("#survival, #slopes, #cafs, #safety").CountAsync() == 4);
        await Shot(page, "dashboard");

        Assert.Empty(consoleErrors); // e.g. a Content-Security-Policy violation shows up here
    }

    private static async Task Shot(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root(), "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
