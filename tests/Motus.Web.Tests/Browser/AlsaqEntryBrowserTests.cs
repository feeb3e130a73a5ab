using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Motus.Web.Tests.Browser;

/// <summary>
/// The ALSAQ form in Debian's Chromium against the real host: domain scores computed as items are answered, the switch
/// from ALSAQ-40 to ALSAQ-5 (only the five short-form items stay, numbered 1–5 for the server), "No answer", save,
/// and the scores on the patient page. No console error (a Content-Security-Policy violation would be one).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlsaqEntryBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task AlsaqForm_AnswerSwitchToShortFormSave_LiveDomainScoresMatchTheSavedRecord()
    {
        var errors = new List<string>();
        var page = await host.NewPageAsync(errors);
        var day = host.EntryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await BrowserHost.SignInAsync(page, host.UserName, host.Password);
        await page.GotoAsync($"/studies/PROACT/patients/{host.PatientCode}");

        await page.ClickAsync("#records summary:has-text('ALSAQ questionnaire')"); // no ALSAQ yet: the section is closed
        await page.ClickAsync("a:has-text('+ ALSAQ questionnaire')");
        await page.FillAsync("#Input_Date", day);
        await Expect(page.Locator("fieldset[data-item]:visible")).ToHaveCountAsync(40);
        foreach (var (item, answer) in new[] { (1, "4"), (2, "4"), (3, "2") })
        {
            await page.CheckAsync($"input[name='Answers[{item}]'][value='{answer}']");
        }

        await Expect(page.Locator("output[data-score='PhysicalMobility']")).ToHaveTextAsync("83.3"); // 100 × 10 / (4 × 3)
        await Expect(page.Locator("output[data-score='summary']")).ToHaveTextAsync("—");

        // ALSAQ-5: the five short-form items only; items 1–3 no longer count.
        await page.CheckAsync("input[name='Input.Form'][value='Alsaq5']");
        await Expect(page.Locator("fieldset[data-item]:visible")).ToHaveCountAsync(5);
        await Expect(page.Locator("#alsaq-item-1")).ToBeHiddenAsync();
        await Expect(page.Locator("[id='Input_Items[3]']")).ToHaveAttributeAsync("data-item", "22");
        await Expect(page.Locator("output[data-score='PhysicalMobility']")).ToHaveTextAsync("—");
        foreach (var (item, answer) in new[] { (9, "2"), (11, "1"), (22, "none"), (25, "3"), (34, "4") })
        {
            await page.CheckAsync($"input[name='Answers[{item}]'][value='{answer}']");
        }

        await Expect(page.Locator("output[data-score='PhysicalMobility']")).ToHaveTextAsync("50.0");
        await Expect(page.Locator("output[data-score='EatingAndDrinking']")).ToHaveTextAsync("—"); // item 22 left blank by the patient
        await Expect(page.Locator("output[data-score='summary']")).ToHaveTextAsync("—");
        await page.CheckAsync("input[name='Answers[22]'][value='0']");
        await Expect(page.Locator("output[data-score='EatingAndDrinking']")).ToHaveTextAsync("0.0");
        await Expect(page.Locator("output[data-score='summary']")).ToHaveTextAsync("50.0"); // (50 + 25 + 0 + 75 + 100) / 5
        await BrowserHost.ShotAsync(page, "05-alsaq-short-form");
        await page.ClickAsync("button:has-text('Save')");

        await Expect(page.Locator("#records .notice")).ToHaveTextAsync("Saved.");
        var row = page.Locator("#records tr", new() { HasText = day }).Filter(new() { HasText = "ALSAQ-5: physical mobility 50.0" });
        await Expect(row).ToContainTextAsync("summary index 50.0 (5 of 5 answered)");
        Assert.Empty(errors);
    }
}
