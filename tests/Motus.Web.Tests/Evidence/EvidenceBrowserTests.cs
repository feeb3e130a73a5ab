using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Motus.Testing;
using Motus.Web.Hosting;

namespace Motus.Web.Tests.Evidence;

/// <summary>
/// Debian's Chromium driven by Playwright against the real host on Kestrel (as <c>Chromium.BrowserTests</c>): sign in,
/// filter the evidence table, open a study page, open the pooled analyses (inline forest-plot SVG under the strict
/// Content-Security-Policy). Screenshots go to artifacts/browser/.
/// </summary>
public sealed class EvidenceBrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"motus-evidence-browser-{Guid.NewGuid():N}.db");
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
    public async Task Browser_EvidenceTableFilterStudyPageAndForestPlot_RenderWithoutErrors()
    {
        var admin = _app.Services.GetRequiredService<StartupReport>().CreatedAdministrator!;
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.Response += (_, r) => { if (r.Status >= 400) { errors.Add($"{r.Status} {r.Url}"); } };

        await page.GotoAsync(_url + "/");
        await page.GetByLabel("User name").FillAsync(admin.UserName);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(_url + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Evidence", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#studies");
        await page.GetByLabel("Route").SelectOptionAsync("intrathecal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("route=intrathecal", StringComparison.Ordinal));
        Assert.Contains("10 of 30 studies", await page.Locator("#studies caption").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(page, "evidence-table");

        await page.Locator("a[href='/evidence/studies/Cudkowicz2022']").ClickAsync();
        await page.WaitForSelectorAsync("#facts");
        Assert.Contains("10.1002/mus.27472", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#facts strong.unverified").CountAsync() >= 1);
        await Shot(page, "evidence-study");

        await page.GotoAsync(_url + "/evidence/pooled");
        await page.WaitForSelectorAsync("#death figure svg");
        await Shot(page, "evidence-pooled");

        Assert.Empty(errors); // e.g. a Content-Security-Policy violation by the inline SVG shows up here
    }

    private static async Task Shot(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root(), "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
