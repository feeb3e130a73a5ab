using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Assessments;

namespace Motus.Web.Tests.Records;

/// <summary>The strength and ALSAQ write API over the real host: stored values, validation by field and rule, reason for change, audit, soft delete, read DTOs.</summary>
[Collection(RecordsCollection.Name)]
public sealed class AssessmentWriteApiTests(RecordsHostFixture fixture)
{
    private string Base => $"/api/v1/studies/PROACT/patients/{fixture.PatientCode}";

    private string Day => fixture.SafeDate["PROACT"].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task PostStrength_Dynamometry_Created201StoredAsEnteredAndAuditedByTheCaller()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);

        using var response = await client.PostAsJsonAsync($"{Base}/strength", new JsonObject { ["details"] = Strength("HandHeldDynamometry", "Grip", "Right", 212.5) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var stored = (await fixture.Records.FindAsync(RecordKinds.Strength, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id))!.Details;
        Assert.Equal((StrengthMethod.HandHeldDynamometry, "Grip", BodySide.Right, 212.5), (stored.Method, stored.MuscleGroup, stored.Side, stored.Value));
        var row = Assert.Single(await AuditAsync(id, "StrengthMeasurement"));
        Assert.Equal((AuditAction.Create, AuditSource.Api, "investigator"), (row.Action, row.Source, row.Actor));
        Assert.Contains("\"Details.Value\":\"212.5\"", row.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostStrength_ForceOutOfRange_422OnValueWithRuleStr02AndNothingSaved()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var before = await CountAsync();

        using var response = await client.PostAsJsonAsync($"{Base}/strength", new JsonObject { ["details"] = Strength("HandHeldDynamometry", "Grip", "Left", 1500) });

        var message = Assert.Single((await ErrorsAsync(response))["details.value"]);
        Assert.StartsWith("[STR-02] Value = 1500", message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PostStrength_NoMethodNoSide_422OnEachRatherThanADefault()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Strength("Mrc", "Knee extension", "Left", 4);
        details.Remove("method");
        details.Remove("side");

        using var response = await client.PostAsJsonAsync($"{Base}/strength", new JsonObject { ["details"] = details });

        Assert.Equal(["details.method", "details.side"], (await ErrorsAsync(response)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PutStrength_WithReason_OldAndNewValueAndReasonOnTheAuditRow_ThenDeleteNeedsAReason()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        using var added = await client.PostAsJsonAsync($"{Base}/strength", new JsonObject { ["details"] = Strength("Mrc", "Wrist extension", "Left", 4) });
        var written = (await added.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = written["id"]!.GetValue<Guid>();

        using var noReason = await client.PutAsJsonAsync($"{Base}/strength/{id}", new JsonObject { ["details"] = Strength("Mrc", "Wrist extension", "Left", 3) });
        using var edited = await client.PutAsJsonAsync($"{Base}/strength/{id}", new JsonObject
        {
            ["details"] = Strength("Mrc", "Wrist extension", "Left", 3),
            ["reason"] = "Grade transcribed from the wrong column",
            ["expectedVersion"] = written["version"]!.GetValue<long>(),
        });
        using var deleteWithout = await client.DeleteAsync($"{Base}/strength/{id}");
        using var deleted = await client.DeleteAsync($"{Base}/strength/{id}?reason={Uri.EscapeDataString("Duplicate entry")}");

        Assert.True((await ErrorsAsync(noReason)).ContainsKey("reason"));
        Assert.True((await ErrorsAsync(deleteWithout)).ContainsKey("reason"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (edited.StatusCode, deleted.StatusCode));
        var audit = await AuditAsync(id, "StrengthMeasurement");
        var update = Assert.Single(audit, a => a.Action == AuditAction.Update && a.Field == "Details.Value");
        Assert.Equal(("4", "3", "Grade transcribed from the wrong column", "coordinator"), (update.OldValue, update.NewValue, update.Reason, update.Actor));
        Assert.Equal("Duplicate entry", Assert.Single(audit, a => a.Action == AuditAction.Delete).Reason);
        Assert.Null(await fixture.Records.FindAsync(RecordKinds.Strength, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id));
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        Assert.True(await db.Strength.IgnoreQueryFilters().AnyAsync(s => s.Id == id)); // soft-deleted, still stored
    }

    [Fact]
    public async Task PostAlsaq_ShortForm_Created201AndTheAssessmentsEndpointShowsItsDomainScores()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PostAsJsonAsync($"{Base}/alsaq", new JsonObject { ["details"] = Alsaq("Alsaq5", 2, 4, 1, 3, null) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>().ToString();
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"{Base}/assessments"));
        var alsaq = doc.RootElement.GetProperty("alsaq").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        var scores = alsaq.GetProperty("scores");
        Assert.Equal((50.0, 100.0, 25.0, 75.0), (scores.GetProperty("physicalMobility").GetDouble(), scores.GetProperty("dailyLiving").GetDouble(),
            scores.GetProperty("eatingAndDrinking").GetDouble(), scores.GetProperty("communication").GetDouble()));
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("emotionalReactions").ValueKind); // item 34 unanswered
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("summaryIndex").ValueKind);
        Assert.Contains("Jenkinson", scores.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal("[2,4,1,3,null]", alsaq.GetProperty("details").GetProperty("items").GetRawText());
        Assert.True(doc.RootElement.GetProperty("strength").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task PostAlsaq_FourAnswersForTheFiveItemVersion_422OnItemsRuleAlsaq02()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PostAsJsonAsync($"{Base}/alsaq", new JsonObject { ["details"] = Alsaq("Alsaq5", 1, 1, 1, 1) });

        Assert.StartsWith("[ALSAQ-02] Items = 4", Assert.Single((await ErrorsAsync(response))["details.items"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAlsaq_AnswerFive_422OnThatAnswersPositionRuleAlsaq01()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PostAsJsonAsync($"{Base}/alsaq", new JsonObject { ["details"] = Alsaq("Alsaq5", 1, 1, 5, 1, 1) });

        var errors = await ErrorsAsync(response);
        Assert.Equal(["details.items[3]"], errors.Keys);
        Assert.StartsWith("[ALSAQ-01] Items[3] = 5", Assert.Single(errors["details.items[3]"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutAlsaq_SwitchToLongFormWithReason_ItemsAndFormAuditedOldAndNew()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        using var added = await client.PostAsJsonAsync($"{Base}/alsaq", new JsonObject { ["details"] = Alsaq("Alsaq5", 0, 1, 2, 3, 4) });
        var id = (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var forty = Enumerable.Range(1, 40).Select(n => (int?)(n % 5)).ToArray();

        using var edited = await client.PutAsJsonAsync($"{Base}/alsaq/{id}",
            new JsonObject { ["details"] = Alsaq("Alsaq40", forty), ["reason"] = "The patient completed the full ALSAQ-40" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var updates = (await AuditAsync(id, "AlsaqAssessment")).Where(a => a.Action == AuditAction.Update).ToList();
        var form = Assert.Single(updates, a => a.Field == "Details.Form");
        var items = Assert.Single(updates, a => a.Field == "Details.Items");
        Assert.Equal(("Alsaq5", "Alsaq40"), (form.OldValue, form.NewValue));
        Assert.Equal(("0,1,2,3,4", string.Join(",", forty)), (items.OldValue, items.NewValue));
        Assert.All(updates, a => Assert.Equal("The patient completed the full ALSAQ-40", a.Reason));
        var stored = (await fixture.Records.FindAsync(RecordKinds.Alsaq, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id))!.Details;
        Assert.Equal((AlsaqForm.Alsaq40, 40), (stored.Form, stored.Items.Count));
    }

    [Fact]
    public async Task DeleteAlsaq_OtherSitesPatient_404AndNotDeleted()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var id = fixture.RecordIds[("OTHER", "alsaq")];

        using var response = await client.DeleteAsync($"/api/v1/studies/OTHER/patients/{fixture.PatientCode}/alsaq/{id}?reason=test");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await fixture.Records.FindAsync(RecordKinds.Alsaq, AccessScope.Unrestricted("t"), fixture.Patient("OTHER"), id));
    }

    private JsonObject Strength(string method, string muscle, string side, double value) => new()
    {
        ["date"] = Day,
        ["method"] = method,
        ["muscleGroup"] = muscle,
        ["side"] = side,
        ["value"] = value,
    };

    private JsonObject Alsaq(string form, params int?[] items) => new()
    {
        ["date"] = Day,
        ["form"] = form,
        ["items"] = new JsonArray([.. items.Select(i => i is { } v ? JsonValue.Create(v) : null)]),
    };

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    private async Task<List<AuditEntry>> AuditAsync(Guid id, string entityType)
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var key = id.ToString();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        return await db.Strength.IgnoreQueryFilters().CountAsync();
    }
}
