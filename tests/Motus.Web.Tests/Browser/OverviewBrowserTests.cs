using Microsoft.Playwright;

namespace Motus.Web.Tests.Browser;

/// <summary>An administrator's look around: overview, a patient's timeline, the dashboard — with no console or HTTP errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Browser_SignInOpenPatientAndDashboard_ShowsChartsWithoutConsoleErrors()
    {
        var errors = new List<string>();
        var page = await host.NewPageAsync(errors);

        await BrowserHost.SignInAsync(page, host.Administrator.UserName, host.Administrator.Password);
        await page.GotoAsync("/");
        Assert.Contains("Enrolment by site and arm", await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserHost.ShotAsync(page, "overview");

        await page.GotoAsync("/patients");
        await page.Locator("table tbody tr td a").First.ClickAsync();
        await page.WaitForSelectorAsync("figure svg");
        // The course timeline and the subscores always; the ENCALS curve when the patient has a prediction.
        Assert.True(await page.Locator("figure svg").CountAsync() >= 2);
        Assert.Equal("Course of patient", (await page.Locator("figure svg title").First.TextContentAsync())?[..17]);
        Assert.Contains("Audit history", await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserHost.ShotAsync(page, "patient");

        await page.GotoAsync("/studies/PROACT/dashboard");
        await page.WaitForSelectorAsync("#responders");
        Assert.True(await page.Locator("#survival, #slopes, #cafs, #safety").CountAsync() == 4);
        await BrowserHost.ShotAsync(page, "dashboard");

        Assert.Empty(errors); // e.g. a Content-Security-Policy violation shows up here
    }
}
