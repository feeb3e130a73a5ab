using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Web.Tests.Records;

namespace Motus.Web.Tests.Patients;

/// <summary>
/// The authorization matrix of patient registration and edit, and of cell-product lots: every page and endpoint × every
/// role × own study / other study. Allowed writes are sent with empty details so they reach the use case (422) and change
/// nothing. <see cref="AuthorizationMatrixTests"/> counts the <see cref="Routes"/> below as rows of the matrix.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed class PatientWriteAuthorizationMatrixTests(RecordsHostFixture fixture)
{
    private static readonly string[] Editors = [MotusRoles.Administrator, MotusRoles.Investigator, MotusRoles.Coordinator];
    private static readonly string[] Readers = [MotusRoles.Administrator, MotusRoles.Investigator, MotusRoles.Coordinator, MotusRoles.Monitor];

    /// <summary>(method, route pattern, who may) of every page and endpoint added for patients and lots.</summary>
    public static IReadOnlyList<(string Method, string Route, string[] Who)> Routes { get; } =
    [
        ("GET", "/patients/register", Editors),
        ("GET", "/studies/{study}/patients/{code}/edit", Editors),
        ("GET", "/studies/{study}/cell-products", Readers),
        ("GET", "/studies/{study}/cell-products/lot/{id:guid?}", Editors),
        ("GET", "/api/v1/studies/{study}/patients/{code}/details", Readers),
        ("POST", "/api/v1/studies/{study}/patients", Editors),
        ("PUT", "/api/v1/studies/{study}/patients/{code}", Editors),
        ("GET", "/api/v1/studies/{study}/cell-products", Readers),
        ("POST", "/api/v1/studies/{study}/cell-products", Editors),
        ("PUT", "/api/v1/studies/{study}/cell-products/{id:guid}", Editors),
    ];

    /// <summary>The route patterns, for the "every endpoint has a row" check.</summary>
    public static IReadOnlySet<string> Patterns { get; } = Routes.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (method, route, _) in Routes)
        {
            foreach (var role in MotusRoles.All)
            {
                data.Add(method, route, role, false);
                data.Add(method, route, role, true);
            }
        }

        return data;
    }

    [Fact]
    public void Routes_EveryRow_IsAnEndpointOfTheHostWithThatMethod()
    {
        var endpoints = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => (m, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))).ToHashSet();

        var missing = Routes.Where(r => !endpoints.Contains((r.Method, r.Route))).ToList();

        Assert.True(missing.Count == 0, "Rows without an endpoint: " + string.Join(", ", missing.Select(m => $"{m.Method} {m.Route}")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_RoleAndSite_AllowedOrRefused(string method, string route, string role, bool otherSite)
    {
        var study = otherSite ? "OTHER" : "PROACT";
        var url = route.Replace("{study}", study, StringComparison.Ordinal).Replace("{code}", fixture.PatientCode, StringComparison.Ordinal)
            .Replace("{id:guid?}", fixture.Product[study].ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", fixture.Product[study].ToString(), StringComparison.Ordinal);
        if (route == "/patients/register")
        {
            url += $"?study={study}";
        }

        using var client = fixture.Host.ClientFor(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("""{"details":{}}""", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var who = Routes.First(r => r.Method == method && r.Route == route).Who;
        var expected = !who.Contains(role) ? HttpStatusCode.Forbidden
            : otherSite && role != MotusRoles.Administrator ? HttpStatusCode.NotFound
            : method == "GET" ? HttpStatusCode.OK
            : HttpStatusCode.UnprocessableEntity;
        Assert.True(expected == response.StatusCode, $"{role} {method} {url}: expected {(int)expected}, got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("POST", "/api/v1/studies/PROACT/patients")]
    [InlineData("PUT", "/api/v1/studies/PROACT/cell-products/00000000-0000-0000-0000-000000000001")]
    public async Task WriteEndpoint_Anonymous_401(string method, string route)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), route);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(MotusRoles.Coordinator, true)]
    [InlineData(MotusRoles.Monitor, false)]
    public async Task ListAndPatientPages_Role_RegisterAndEditLinksOnlyForEditors(string role, bool links)
    {
        using var client = fixture.Host.ClientFor(role);

        var list = await client.GetStringAsync("/patients?study=PROACT");
        var patient = await client.GetStringAsync($"/studies/PROACT/patients/{fixture.PatientCode}");
        var overview = await client.GetStringAsync("/");

        Assert.Equal(links, list.Contains("href=\"/patients/register?study=PROACT\"", StringComparison.Ordinal));
        Assert.Equal(links, patient.Contains($"href=\"/studies/PROACT/patients/{fixture.PatientCode}/edit\"", StringComparison.Ordinal));
        Assert.Equal(links, overview.Contains("href=\"/patients/register?study=PROACT\"", StringComparison.Ordinal));
        Assert.Contains("href=\"/studies/PROACT/cell-products\"", overview, StringComparison.Ordinal);
    }
}
