using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;

namespace Motus.Web.Tests;

/// <summary>
/// Every endpoint and page × every role × own site / other site. The table below names each route pattern of the
/// host and who may use it; a route without a row fails <see cref="Table_EveryEndpointOfTheHost_HasARow"/>, so a new
/// endpoint cannot ship without a decision here.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string Everyone = "everyone";
    private const string SignedIn = "signed-in";
    private static readonly string[] Records = [MotusRoles.Administrator, MotusRoles.Investigator, MotusRoles.Coordinator, MotusRoles.Monitor];
    private static readonly string[] Analyses = [MotusRoles.Administrator, MotusRoles.Investigator, MotusRoles.Monitor, MotusRoles.Statistician];
    private static readonly string[] Admins = [MotusRoles.Administrator];

    /// <summary>Route pattern → (who may, whether the route names a study, so that "other site" gives 404).</summary>
    private static readonly Dictionary<string, (object Who, bool StudyScoped)> Table = new(StringComparer.Ordinal)
    {
        ["/"] = (SignedIn, false),
        ["/patients"] = (SignedIn, false),
        ["/studies/{study}/patients/{code}"] = (Records, true),
        ["/studies/{study}/dashboard"] = (Analyses, true),
        ["/import"] = (Admins, false),
        ["/admin/users"] = (Admins, false),
        ["/admin/users/{name}"] = (Admins, false),
        ["/admin/access-log"] = (Admins, false),
        ["/account/tokens"] = (SignedIn, false),
        ["/evidence"] = (SignedIn, false),
        ["/evidence/studies/{id}"] = (SignedIn, false),
        ["/evidence/pooled"] = (SignedIn, false),
        ["/evidence/claims"] = (SignedIn, false),
        ["/evidence/summaries"] = (SignedIn, false),
        ["/evidence/summaries/{slug}"] = (SignedIn, false),
        ["/account/sign-out"] = (SignedIn, false),
        ["/account/sign-in"] = (Everyone, false),
        ["/account/denied"] = (Everyone, false),
        ["/assets/site.css"] = (Everyone, false),
        ["/assets/score-form.js"] = (Everyone, false),
        ["/openapi/{documentName}.json"] = (Everyone, false),
        ["/api/v1/patients"] = (SignedIn, false),
        ["/api/v1/studies/{study}/patients/{code}"] = (Records, true),
        ["/api/v1/studies/{study}/patients/{code}/assessments"] = (Records, true),
        ["/api/v1/studies/{study}/patients/{code}/administrations"] = (Records, true),
        ["/api/v1/studies/{study}/patients/{code}/adverse-events"] = (Records, true),
        ["/api/v1/studies/{study}/patients/{code}/events"] = (Records, true),
        ["/api/v1/studies/{study}/analyses/survival"] = (Analyses, true),
        ["/api/v1/studies/{study}/analyses/slopes"] = (Analyses, true),
    };

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var route in Table.Keys)
        {
            foreach (var role in MotusRoles.All)
            {
                data.Add(route, role, false);
                if (Table[route].StudyScoped)
                {
                    data.Add(route, role, true);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Table_EveryEndpointOfTheHost_HasARow()
    {
        var routes = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).Distinct(StringComparer.Ordinal).ToList();

        var missing = routes.Where(r => !Table.ContainsKey(r) && !global::Motus.Web.Tests.Records.WriteAuthorizationMatrixTests.Patterns.Contains(r)
            && !global::Motus.Web.Tests.Patients.PatientWriteAuthorizationMatrixTests.Patterns.Contains(r)).ToList();
        var stale = Table.Keys.Where(r => !routes.Contains(r)).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in the authorization matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_RoleAndSite_AllowedOrRefused(string route, string role, bool otherSite)
    {
        var (who, _) = Table[route];
        var allowed = who is string s ? s is Everyone or SignedIn : ((string[])who).Contains(role);
        var url = route.Replace("{study}", otherSite ? "OTHER" : "PROACT", StringComparison.Ordinal)
            .Replace("{code}", fixture.PatientCode, StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{id}", "Cudkowicz2022", StringComparison.Ordinal).Replace("{slug}", "msc-ntf--intrathecal", StringComparison.Ordinal)
            .Replace("{name}", "monitor", StringComparison.Ordinal);
        using var client = fixture.Host.ClientFor(role);

        using var response = await client.GetAsync(url);

        var expected = !allowed ? HttpStatusCode.Forbidden
            : otherSite && role != MotusRoles.Administrator ? HttpStatusCode.NotFound
            : HttpStatusCode.OK;
        Assert.True(expected == response.StatusCode, $"{role} GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/patients")]
    [InlineData("/api/v1/patients")]
    [InlineData("/api/v1/studies/PROACT/patients/{code}")]
    [InlineData("/studies/PROACT/dashboard")]
    [InlineData("/evidence")]
    [InlineData("/evidence/claims")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/monitor")]
    [InlineData("/admin/access-log")]
    public async Task Endpoint_Anonymous_ApiGets401PagesRedirectToSignIn(string route)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(route.Replace("{code}", fixture.PatientCode, StringComparison.Ordinal));

        if (route.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Investigator", 0)]
    [InlineData("Administrator", 1)]
    public async Task PatientList_OtherStudyFilter_ShowsOnlyVisiblePatients(string role, int otherStudyPages)
    {
        using var client = fixture.Host.ClientFor(role);

        var json = await client.GetStringAsync("/api/v1/patients?study=OTHER&pageSize=500");

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var total = doc.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(otherStudyPages == 0 ? 0 : fixture.PatientsPerStudy, total);
    }
}
