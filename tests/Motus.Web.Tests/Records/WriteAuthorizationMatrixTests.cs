using System.Net;
using System.Text;
using Motus.Application.Access;

namespace Motus.Web.Tests.Records;

/// <summary>
/// The write side of the authorization matrix: every write endpoint and entry page × every role × own site / other site.
/// Writes that are allowed are sent without a reason or with empty details, so they reach the use case (422) and change
/// nothing. <see cref="AuthorizationMatrixTests"/> counts the <see cref="Routes"/> below as rows of the matrix.
/// Page POSTs share their page's authorization (the policy sits on the page model) and are covered by the browser tests.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed class WriteAuthorizationMatrixTests(RecordsHostFixture fixture)
{
    private static readonly string[] Editors = [MotusRoles.Administrator, MotusRoles.Investigator, MotusRoles.Coordinator];
    private static readonly string[] Kinds =
    [
        "alsfrs", "vital-capacity", "vital-signs", "biomarkers", "administrations", "adverse-events", "events", "medications",
        "strength", "alsaq",
    ];
    private const string Patient = "/studies/{study}/patients/{code}";

    /// <summary>(method, route pattern) of every write endpoint and entry page; who may: <see cref="Editors"/>.</summary>
    public static IReadOnlyList<(string Method, string Route)> Routes { get; } =
    [
        .. Kinds.Select(k => ("POST", $"/api/v1{Patient}/{k}")),
        .. Kinds.Select(k => ("PUT", $"/api/v1{Patient}/{k}/{{id:guid}}")),
        .. Kinds.Select(k => ("DELETE", $"/api/v1{Patient}/{k}/{{id:guid}}")),
        .. Kinds.Select(k => ("GET", $"{Patient}/{k}/{{id:guid?}}")),
        ("GET", $"{Patient}/{{kind}}/{{id:guid}}/delete"),
    ];

    /// <summary>The route patterns, for the "every endpoint has a row" check.</summary>
    public static IReadOnlySet<string> Patterns { get; } = Routes.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (method, route) in Routes)
        {
            foreach (var role in MotusRoles.All)
            {
                data.Add(method, route, role, false);
                data.Add(method, route, role, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WriteEndpoint_RoleAndSite_AllowedOrRefused(string method, string route, string role, bool otherSite)
    {
        var study = otherSite ? "OTHER" : "PROACT";
        var kind = Kinds.FirstOrDefault(k => route.Contains($"/{k}", StringComparison.Ordinal)) ?? "alsfrs";
        var url = route.Replace("{study}", study, StringComparison.Ordinal).Replace("{code}", fixture.PatientCode, StringComparison.Ordinal)
            .Replace("{kind}", kind, StringComparison.Ordinal).Replace("{id:guid?}", fixture.RecordIds[(study, kind)].ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", fixture.RecordIds[(study, kind)].ToString(), StringComparison.Ordinal);
        using var client = fixture.Host.ClientFor(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("""{"details":{}}""", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var allowed = Editors.Contains(role);
        var expected = !allowed ? HttpStatusCode.Forbidden
            : otherSite && role != MotusRoles.Administrator ? HttpStatusCode.NotFound
            : method == "GET" ? HttpStatusCode.OK
            : HttpStatusCode.UnprocessableEntity;
        Assert.True(expected == response.StatusCode, $"{role} {method} {url}: expected {(int)expected}, got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData(MotusRoles.Coordinator, true)]
    [InlineData(MotusRoles.Investigator, true)]
    [InlineData(MotusRoles.Monitor, false)]
    public async Task PatientPage_Role_EntryLinksOnlyForEditors(string role, bool links)
    {
        using var client = fixture.Host.ClientFor(role);

        var html = await client.GetStringAsync($"/studies/PROACT/patients/{fixture.PatientCode}");

        Assert.Contains("id=\"records\"", html, StringComparison.Ordinal);
        foreach (var kind in Kinds)
        {
            Assert.Equal(links, html.Contains($"/patients/{fixture.PatientCode}/{kind}\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(KindData))]
    public async Task NewForm_EveryKind_RendersWithAntiforgeryAndSave(string kind)
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        var html = await client.GetStringAsync($"/studies/PROACT/patients/{fixture.PatientCode}/{kind}");

        Assert.Contains("name=\"__af\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Save</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Reason\"", html, StringComparison.Ordinal); // a new record needs no reason
    }

    public static TheoryData<string> KindData() => [.. Kinds];

    [Theory]
    [InlineData("POST", "/api/v1/studies/PROACT/patients/{code}/alsfrs")]
    [InlineData("DELETE", "/api/v1/studies/PROACT/patients/{code}/medications/00000000-0000-0000-0000-000000000001")]
    public async Task WriteEndpoint_Anonymous_401(string method, string route)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{code}", fixture.PatientCode, StringComparison.Ordinal));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
