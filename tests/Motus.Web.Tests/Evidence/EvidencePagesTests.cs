using System.Net;
using Motus.Application.Access;
using Motus.Application.Evidence;
using Motus.Web.Pages.Evidence;

namespace Motus.Web.Tests.Evidence;

/// <summary>
/// The evidence pages over the real host (SQLite, a signed-in statistician, the least record-bound role): the study
/// table and its server-side filters, a study page with status and source per fact, the pooled analyses with their
/// forest plots, the claims with the null rates of the Application use case, and the summaries with the
/// no-medical-advice statement. HTML is decoded before comparing (Razor encodes non-ASCII characters).
/// </summary>
public sealed class EvidencePagesTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Index_NoFilter_ListsEveryStudyWithItsIdentifierAndTheNavLink()
    {
        var html = await GetAsync("/evidence");

        Assert.Contains("30 of 30 studies", html, StringComparison.Ordinal);
        Assert.Contains("10.52586/4980", html, StringComparison.Ordinal); // FrontBiosci2021 has no PMID: its DOI is shown
        Assert.Contains("href=\"/evidence/studies/Cudkowicz2022\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/evidence\">Evidence</a>", html, StringComparison.Ordinal);
        Assert.Contains(EvidenceSummaries.Disclaimer, html, StringComparison.Ordinal);
        Assert.Contains("[unverified]", html, StringComparison.Ordinal); // Cudkowicz 2022 treated n is derived
    }

    [Fact]
    public async Task Index_RouteIntrathecalAndDesignPlacebo_FiltersOnTheServer()
    {
        var intrathecal = await GetAsync("/evidence?route=intrathecal");
        var placebo = await GetAsync("/evidence?route=intrathecal&design=randomized-placebo");

        Assert.Contains("10 of 30 studies", intrathecal, StringComparison.Ordinal);
        Assert.Contains("/evidence/studies/Oh2018\"", intrathecal, StringComparison.Ordinal);
        Assert.DoesNotContain("/evidence/studies/Baloh2022\"", intrathecal, StringComparison.Ordinal); // intraspinal
        Assert.Contains("1 of 30 studies", placebo, StringComparison.Ordinal);
        Assert.Contains("/evidence/studies/Cudkowicz2022\"", placebo, StringComparison.Ordinal);
        Assert.Contains("<option value=\"intrathecal\" selected=\"selected\">", placebo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_YearRange_KeepsOnlyStudiesInRange()
    {
        var html = await GetAsync("/evidence?yearFrom=2022&yearTo=2022");

        Assert.Contains("/evidence/studies/Cudkowicz2022\"", html, StringComparison.Ordinal);
        Assert.Contains("/evidence/studies/Baloh2022\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/evidence/studies/Oh2018\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_UnknownRouteCode_400WithTheVocabulary()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Statistician);

        using var response = await client.GetAsync("/evidence?route=nasal");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("'nasal' is not a route; use one of: intraspinal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Study_Cudkowicz2022_ShowsDoiStatusSourceAndUnverifiedMark()
    {
        var html = await GetAsync("/evidence/studies/Cudkowicz2022");

        Assert.Contains("https://doi.org/10.1002/mus.27472", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">nTreated</th>", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"unverified\">unverified</strong>", html, StringComparison.Ordinal);
        Assert.Contains("stemcell-trials.csv row Cudkowicz2022", html, StringComparison.Ordinal);
        Assert.Contains("P=.45", html, StringComparison.Ordinal);
        Assert.Contains(EvidenceSummaries.Disclaimer, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Study_UnknownId_404()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Statistician);

        using var response = await client.GetAsync("/evidence/studies/Nobody1999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pooled_Deaths_ShowsEstimateAndInlineForestPlot_TumourSaysNotPooled()
    {
        var html = await GetAsync("/evidence/pooled");

        Assert.Contains("<section id=\"death\">", html, StringComparison.Ordinal);
        var death = Section(html, "death");
        Assert.Contains("Pooled: ", death, StringComparison.Ordinal);
        Assert.Contains("<svg", death, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        var tumour = Section(html, "tumour");
        Assert.Contains("Not pooled.", tumour, StringComparison.Ordinal);
        Assert.Contains("<svg", tumour, StringComparison.Ordinal);
        Assert.Contains("Not pooled.", Section(html, "alsfrs-r-change-difference"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_EachClaimAndSchedule_ShowsTheApplicationsNullRateAndTail()
    {
        var expected = EvidenceClaims.Run(EvidenceCatalog.Load(TimeProvider.System), EvidenceSource.ClaimsOptions);

        var html = await GetAsync("/evidence/claims");

        Assert.Equal(3, expected.Checked.Count);
        foreach (var claim in expected.Checked)
        {
            var section = Section(html, claim.Claim.Id);
            Assert.Equal(2, claim.Scenarios.Count);
            foreach (var s in claim.Scenarios)
            {
                Assert.Contains($"<td class=\"num null-rate\">{EvidenceFormat.Percent(s.Result.NullRate)} ", section, StringComparison.Ordinal);
                Assert.Contains($"<td class=\"num tail\">{EvidenceFormat.Probability(s.Result.BinomialTailProbability)}</td>", section, StringComparison.Ordinal);
            }
        }

        Assert.Contains("<td class=\"num null-rate\">45.7% ", Section(html, "FrontBiosci2021-c1"), StringComparison.Ordinal); // the claim-check worked example (docs/methods/claim-check.md)
        Assert.Contains("33% on cells vs 28% controls, odds ratio 1.33, P=.45", html, StringComparison.Ordinal);
        Assert.Contains("the number of patients evaluated (n)", html, StringComparison.Ordinal);
        Assert.Contains(EvidenceSummaries.Disclaimer, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summaries_IndexAndOnePage_RenderTheApplicationModelWithTheDisclaimer()
    {
        var pages = EvidenceSummaries.Build(EvidenceCatalog.Load(TimeProvider.System));

        var index = await GetAsync("/evidence/summaries");
        var page = await GetAsync("/evidence/summaries/msc-ntf--intrathecal");

        Assert.Equal(14, pages.Count);
        Assert.All(pages, p => Assert.Contains($"href=\"/evidence/summaries/{p.Slug}\"", index, StringComparison.Ordinal));
        var model = pages.Single(p => p.Slug == "msc-ntf--intrathecal");
        Assert.Contains($"<h1>{model.Title}</h1>", page, StringComparison.Ordinal);
        Assert.All(model.Sections, s => Assert.Contains($"<h2>{s.Heading}</h2>", page, StringComparison.Ordinal));
        Assert.Equal(2, CountOf(page, EvidenceSummaries.Disclaimer));
        Assert.Contains("/evidence/studies/Cudkowicz2022\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_UnknownSlug_404()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Statistician);

        using var response = await client.GetAsync("/evidence/summaries/none--nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GetAsync(string url)
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Statistician);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
