using System.Globalization;
using Microsoft.Playwright;
using Motus.Testing;
using static Microsoft.Playwright.Assertions;

namespace Motus.Web.Tests.Browser;

/// <summary>
/// A coordinator's day in Debian's Chromium (<c>/usr/bin/chromium</c>, installed by scripts/test.sh) against the real
/// host: sign in, enter an ALSFRS-R rating with a mistake, read the message next to the field, fix it, save; edit it
/// with a reason and find the reason in the audit history; delete it with a reason; the patient timeline; the dashboard. Screenshots go to
/// artifacts/browser/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlsfrsEntryBrowserTests(BrowserHost host)
{
    private static readonly string Shots = Path.Combine(RepoPaths.Root(), "artifacts", "browser");

    [Fact]
    public async Task AlsfrsForm_MistakeFixEditWithReason_SavedScoredAndAudited()
    {
        Directory.CreateDirectory(Shots);
        var page = await host.NewPageAsync([]);
        var patient = $"/studies/PROACT/patients/{host.PatientCode}";
        var day = host.EntryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await BrowserHost.SignInAsync(page, host.UserName, host.Password);

        // The patient timeline.
        await page.GotoAsync(patient);
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Patient {host.PatientCode}");
        await Expect(page.Locator("figure svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "01-patient-timeline.png"), FullPage = true });

        // A new rating: every item but swallowing; the gastrostomy answer switches 5a and 5b.
        await page.ClickAsync("a:has-text('+ ALSFRS-R assessment')");
        await page.FillAsync("#Input_Date", day);
        await page.CheckAsync("input[name='Input.Gastrostomy'][value='true']");
        await Expect(page.Locator("#Input_Q5aCutting")).ToBeHiddenAsync();
        await Expect(page.Locator("#Input_Q5bCuttingGastrostomy")).ToBeVisibleAsync();
        await page.CheckAsync("input[name='Input.Gastrostomy'][value='false']");
        await Expect(page.Locator("#Input_Q5bCuttingGastrostomy")).ToBeHiddenAsync();
        foreach (var (item, score) in new[] { ("Q1Speech", 4), ("Q2Salivation", 3), ("Q4Handwriting", 3), ("Q5aCutting", 3), ("Q6Dressing", 3),
                     ("Q7Turning", 4), ("Q8Walking", 2), ("Q9Stairs", 1), ("R1Dyspnea", 4), ("R2Orthopnea", 4), ("R3RespiratoryInsufficiency", 4) })
        {
            await page.CheckAsync($"input[name='Input.{item}'][value='{score}']");
        }

        await Expect(page.Locator("output[data-sum='gross']")).ToHaveTextAsync("7");
        await Expect(page.Locator("output[data-sum='bulbar']")).ToHaveTextAsync("—");
        await Expect(page.Locator("#score-total")).ToHaveTextAsync("—");
        await page.ClickAsync("button:has-text('Save')");

        // The mistake: the message sits next to the item; nothing was saved; the answers are kept.
        await Expect(page.Locator("#Input_Q3Swallowing .field-error")).ToContainTextAsync("Choose a score for item 3 Swallowing");
        await Expect(page.Locator("#errors")).ToContainTextAsync("1 problem");
        await Expect(page.Locator("input[name='Input.Q9Stairs'][value='1']")).ToBeCheckedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "02-alsfrs-mistake.png"), FullPage = true });

        // Fixed: the total and subscores appear as the item is chosen; saved.
        await page.CheckAsync("input[name='Input.Q3Swallowing'][value='2']");
        await Expect(page.Locator("output[data-sum='bulbar']")).ToHaveTextAsync("9");
        await Expect(page.Locator("#score-total")).ToHaveTextAsync("37");
        await page.ClickAsync("button:has-text('Save')");
        await Expect(page.Locator("#records .notice")).ToHaveTextAsync("Saved.");
        var row = page.Locator("#records tr", new() { HasText = day }).Filter(new() { HasText = "ALSFRS-R total 37/48" });
        await Expect(row).ToHaveCountAsync(1);

        // Edit: a reason is required, and it lands in the audit history.
        await row.Locator("a:has-text('Edit')").ClickAsync();
        await Expect(page.Locator("#score-total")).ToHaveTextAsync("37");
        await page.CheckAsync("input[name='Input.Q1Speech'][value='3']");
        await page.ClickAsync("button:has-text('Save')");
        await Expect(page.Locator(".field:has(#Reason) .field-error")).ToContainTextAsync("Give a reason");
        await page.FillAsync("#Reason", "Speech re-rated after checking the source document");
        await page.ClickAsync("button:has-text('Save')");
        await Expect(page.Locator("#records tr", new() { HasText = day }).Filter(new() { HasText = "ALSFRS-R total 36/48" })).ToHaveCountAsync(1);
        var audit = page.Locator("#audit tr", new() { HasText = "Details.Q1Speech" }).Filter(new() { HasText = "Speech re-rated after checking the source document" });
        await Expect(audit).ToHaveCountAsync(1);
        await Expect(audit).ToContainTextAsync(host.UserName);
        await audit.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "03-audit-history.png") });

        // Delete: asks why, leaves the list, stays in the audit history with the reason.
        await page.Locator("#records tr", new() { HasText = day }).Filter(new() { HasText = "ALSFRS-R total 36/48" }).Locator("a:has-text('Delete')").ClickAsync();
        await page.ClickAsync("button:has-text('Delete')");
        await Expect(page.Locator(".field:has(#Reason) .field-error")).ToContainTextAsync("Give a reason");
        await page.FillAsync("#Reason", "Entered twice");
        await page.ClickAsync("button:has-text('Delete')");
        await Expect(page.Locator("#records .notice")).ToContainTextAsync("Deleted");
        await Expect(page.Locator("#records tr", new() { HasText = "ALSFRS-R total 36/48" }).Filter(new() { HasText = day })).ToHaveCountAsync(0);
        await Expect(page.Locator("#audit tr", new() { HasText = "Entered twice" }).Filter(new() { HasText = "DeletedAt" })).ToHaveCountAsync(1);

        // The dashboard.
        await page.GotoAsync("/studies/PROACT/dashboard");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("figure svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "04-dashboard.png"), FullPage = true });
    }
}
