using System.Net;
using System.Text.Json;
using Motus.Application.Access;

namespace Motus.Web.Tests;

public sealed class PatientStageFilterTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task ListPatients_StageQuery_OnlyThatStageAndCountsAddUp()
    {
        using var api = fixture.Host.ClientFor(MotusRoles.Administrator);

        using var all = JsonDocument.Parse(await api.GetStringAsync("/api/v1/patients?study=PROACT&pageSize=500"));
        var stages = all.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("kingsStage").GetString()!).ToList();
        var counts = new Dictionary<string, int>();
        foreach (var stage in stages.Distinct())
        {
            using var filtered = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/patients?study=PROACT&pageSize=500&stage={Uri.EscapeDataString(stage)}"));
            var rows = filtered.RootElement.GetProperty("rows").EnumerateArray().ToList();
            Assert.All(rows, r => Assert.Equal(stage, r.GetProperty("kingsStage").GetString()));
            counts[stage] = filtered.RootElement.GetProperty("total").GetInt32();
        }

        Assert.NotEmpty(stages);
        Assert.Equal(all.RootElement.GetProperty("total").GetInt32(), counts.Values.Sum());
        Assert.All(counts, kv => Assert.Equal(stages.Count(s => s == kv.Key), kv.Value));
    }

    [Fact]
    public async Task ListPatients_UnknownStage_BadRequestNamingTheStages()
    {
        using var api = fixture.Host.ClientFor(MotusRoles.Administrator);

        using var response = await api.GetAsync("/api/v1/patients?stage=6");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4A, 4B, 5, not determined", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientsPage_StageSelected_SelectKeepsItAndSaysWhichRating()
    {
        using var client = fixture.Host.CreateClient();
        using var signIn = await FormPost.SignInAsync(client, "coordinator", fixture.Host.Passwords["coordinator"]);

        var html = await client.GetStringAsync("/patients?study=PROACT&stage=2");

        Assert.Contains("<option value=\"2\" selected=\"selected\">2</option>", html, StringComparison.Ordinal);
        Assert.Contains("King&#x27;s stage at the latest ALSFRS-R rating", html, StringComparison.Ordinal);
        Assert.Matches(@"\d+ patient\(s\) — page 1 of \d+", html);
    }
}
