using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;

namespace Motus.Web.Tests.Records;

/// <summary>
/// ALSAQ and strength writes on both databases: the ALSAQ answers (stored as text, unanswered items as empty slots)
/// read back as entered after an add and a version switch, the strength record is soft-deleted, and the audit chain
/// stays intact.
/// </summary>
public sealed class AssessmentWriteProviderTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AlsaqAndStrength_Provider_AnswersReadBackAndAuditChainIntact(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var client = host.ClientFor(MotusRoles.Coordinator);
        var (code, day) = await PatientAsync(host);
        var url = $"/api/v1/studies/PROACT/patients/{code}";
        var forty = new JsonArray([.. Enumerable.Range(1, 40).Select(n => n == 40 ? null : JsonValue.Create(n % 5))]);

        using var alsaq = await client.PostAsJsonAsync($"{url}/alsaq",
            new JsonObject { ["details"] = new JsonObject { ["date"] = day, ["form"] = "Alsaq5", ["items"] = new JsonArray(3, null, 1, 0, 4) } });
        var alsaqId = (await alsaq.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var switched = await client.PutAsJsonAsync($"{url}/alsaq/{alsaqId}", new JsonObject
        {
            ["details"] = new JsonObject { ["date"] = day, ["form"] = "Alsaq40", ["items"] = forty },
            ["reason"] = "Full questionnaire found in the source notes",
        });
        using var strength = await client.PostAsJsonAsync($"{url}/strength", new JsonObject
        {
            ["details"] = new JsonObject { ["date"] = day, ["method"] = "Mrc", ["muscleGroup"] = "Hip flexion", ["side"] = "Left", ["value"] = 4.5 },
        });
        var strengthId = (await strength.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var deleted = await client.DeleteAsync($"{url}/strength/{strengthId}?reason=duplicate");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.OK),
            (alsaq.StatusCode, switched.StatusCode, strength.StatusCode, deleted.StatusCode));
        await using var db = await host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var stored = await db.Alsaq.AsNoTracking().SingleAsync(a => a.Id == alsaqId);
        Assert.Equal(AlsaqForm.Alsaq40, stored.Details.Form);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n == 40 ? null : (int?)(n % 5)), stored.Details.Items);
        var items = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == alsaqId.ToString() && a.Field == "Details.Items").SingleAsync();
        Assert.Equal("3,,1,0,4", items.OldValue);
        Assert.True(await db.Strength.IgnoreQueryFilters().AnyAsync(s => s.Id == strengthId && s.DeletedAt != null));
        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
    }

    private static async Task<(string Code, string Day)> PatientAsync(WebHost host)
    {
        await using var db = await host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var study = await db.Studies.Where(s => s.ProtocolId == "PROACT").Select(s => s.Id).SingleAsync();
        var first = await db.Alsfrs.Where(a => db.Patients.Any(p => p.Id == a.PatientId && p.StudyId == study))
            .OrderBy(a => a.PatientId).ThenBy(a => a.Details.Date).FirstAsync();
        var code = await db.Patients.Where(p => p.Id == first.PatientId).Select(p => p.Code).SingleAsync();
        return (code, first.Details.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
