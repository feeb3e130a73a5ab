using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Motus.Application.Access;
using Motus.Web.Tests.Records;

namespace Motus.Web.Tests.Api;

/// <summary>Edge input the API and pages must answer as the caller's mistake or an empty page, never a 500 (found in review).</summary>
[Collection(RecordsCollection.Name)]
public sealed partial class ApiEdgeInputTests(RecordsHostFixture fixture)
{
    [Fact]
    public async Task PostPatient_WithoutDetails_422NamingDetails()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["reason"] = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("details is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutCellProduct_NullDetails_422()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/cell-products/{fixture.Product["PROACT"]}", new JsonObject { ["details"] = null, ["reason"] = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task ApiPatientList_HugePageNumber_EmptyPageWithTheTotal()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Administrator);

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/patients?page=2147483647");

        Assert.Empty(page!["rows"]!.AsArray());
        Assert.True(page["total"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task PatientsPage_SecondPage_OtherPatientsThanTheFirst()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Administrator);
        var first = await client.GetStringAsync("/patients?p=1");
        var second = await client.GetStringAsync("/patients?p=2");
        var huge = await client.GetStringAsync("/patients?p=2147483647");

        List<string> Codes(string html) => PatientLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(Codes(first));
        Assert.Contains("page 2 of", second, StringComparison.Ordinal);
        Assert.Empty(Codes(first).Intersect(Codes(second)));
        Assert.Empty(Codes(huge));
    }

    [GeneratedRegex("/studies/[^/\"]+/patients/([A-Za-z0-9._-]+)\"")]
    private static partial Regex PatientLink();
}
