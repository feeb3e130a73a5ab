using Microsoft.Playwright;

namespace Motus.Web.Tests.Browser;

/// <summary>
/// The evidence library in the browser: filter the table, open a study page, open the pooled analyses (inline
/// forest-plot SVG under the strict Content-Security-Policy).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Browser_EvidenceTableFilterStudyPageAndForestPlot_RenderWithoutErrors()
    {
        var errors = new List<string>();
        var page = await host.NewPageAsync(errors);
        await BrowserHost.SignInAsync(page, host.Administrator.UserName, host.Administrator.Password);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Evidence", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#studies");
        await page.GetByLabel("Route").SelectOptionAsync("intrathecal");
        // Subscribed before the click, and done at commit (the locator below waits for the table itself): waiting for
        // the load event after the click timed out once in CI.
        var filtered = page.WaitForURLAsync(u => u.Contains("route=intrathecal", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await filtered;
        await page.WaitForSelectorAsync("#studies");
        Assert.Contains("10 of 30 studies", await page.Locator("#studies caption").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserHost.ShotAsync(page, "evidence-table");

        await page.Locator("a[href='/evidence/studies/Cudkowicz2022']").ClickAsync();
        await page.WaitForSelectorAsync("#facts");
        Assert.Contains("10.1002/mus.27472", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#facts strong.unverified").CountAsync() >= 1);
        await BrowserHost.ShotAsync(page, "evidence-study");

        await page.GotoAsync("/evidence/pooled");
        await page.WaitForSelectorAsync("#death figure svg");
        await BrowserHost.ShotAsync(page, "evidence-pooled");

        Assert.Empty(errors); // e.g. a Content-Security-Policy violation by the inline SVG shows up here
    }
}
