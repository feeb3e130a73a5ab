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

namespace Motus.Web.Tests.Records;

/// <summary>The write API over the real host: validation by field, reason for change, audit, concurrency, soft delete.</summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordWriteApiTests(RecordsHostFixture fixture)
{
    private string Base => $"/api/v1/studies/PROACT/patients/{fixture.PatientCode}";

    [Fact]
    public async Task PostAlsfrs_CompleteItems_Created201AndOneApiAuditRowByTheCaller()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["q3Swallowing"] = 3;

        using var response = await client.PostAsJsonAsync($"{Base}/alsfrs", new JsonObject { ["details"] = details });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var written = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = written["id"]!.GetValue<Guid>();
        Assert.EndsWith($"/alsfrs/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var audit = await AuditAsync(id);
        var row = Assert.Single(audit);
        Assert.Equal((AuditAction.Create, AuditSource.Api, "coordinator"), (row.Action, row.Source, row.Actor));
        Assert.Equal(row.Sequence, written["version"]!.GetValue<long>());
        var stored = await fixture.Records.FindAsync(RecordKinds.Alsfrs, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id);
        Assert.Equal(47, stored!.Details.Total);
    }

    [Fact]
    public async Task PostAlsfrs_ItemOutOfRange_422WithTheFieldAndRuleAndNothingSaved()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["q1Speech"] = 7;
        var before = await CountAsync();

        using var response = await client.PostAsJsonAsync($"{Base}/alsfrs", new JsonObject { ["details"] = details });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = await ErrorsAsync(response);
        var message = Assert.Single(Assert.Single(errors, e => e.Key == "details.q1Speech").Value);
        Assert.StartsWith("[ALSFRS-01] Q1Speech = 7", message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PostAlsfrs_FiveAWithGastrostomy_422OnQ5a()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["gastrostomy"] = true;

        using var response = await client.PostAsJsonAsync($"{Base}/alsfrs", new JsonObject { ["details"] = details });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains("ALSFRS-04", Assert.Single(errors["details.q5aCutting"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAlsfrs_MissingItemAndDate_422ForEachRequiredField()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details.Remove("date");
        details.Remove("q8Walking");

        using var response = await client.PostAsJsonAsync($"{Base}/alsfrs", new JsonObject { ["details"] = details });

        var errors = await ErrorsAsync(response);
        Assert.Equal(["details.date", "details.q8Walking"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PutAlsfrs_WithoutReason_422OnReasonAndRecordUnchanged()
    {
        var (id, version) = await NewAlsfrsAsync();
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["q1Speech"] = 2;

        using var response = await client.PutAsJsonAsync($"{Base}/alsfrs/{id}", new JsonObject { ["details"] = details, ["reason"] = "  " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await ErrorsAsync(response)).ContainsKey("reason"));
        Assert.Equal(version, (await AuditAsync(id)).Max(a => a.Sequence));
    }

    [Fact]
    public async Task PutAlsfrs_WithReasonAndCurrentVersion_SavedWithTheReasonOnTheAuditRow()
    {
        var (id, version) = await NewAlsfrsAsync();
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["q1Speech"] = 2;

        using var response = await client.PutAsJsonAsync($"{Base}/alsfrs/{id}",
            new JsonObject { ["details"] = details, ["reason"] = "Speech re-rated from the source document", ["expectedVersion"] = version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updates = (await AuditAsync(id)).Where(a => a.Action == AuditAction.Update).ToList();
        var update = Assert.Single(updates, a => a.Field == "Details.Q1Speech");
        Assert.Equal(("4", "2", "Speech re-rated from the source document", AuditSource.Api, "coordinator"),
            (update.OldValue, update.NewValue, update.Reason, update.Source, update.Actor));
        Assert.All(updates, a => Assert.Equal("Speech re-rated from the source document", a.Reason));
        Assert.Equal(updates.Max(a => a.Sequence), (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task PutAlsfrs_StaleExpectedVersion_409AndNothingSaved()
    {
        var (id, version) = await NewAlsfrsAsync();
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var details = Alsfrs(fixture.SafeDate["PROACT"]);
        details["q2Salivation"] = 3;

        using var response = await client.PutAsJsonAsync($"{Base}/alsfrs/{id}",
            new JsonObject { ["details"] = details, ["reason"] = "late edit", ["expectedVersion"] = version - 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(version, (await AuditAsync(id)).Max(a => a.Sequence));
    }

    [Fact]
    public async Task DeleteMedication_WithReason_SoftDeletedAndAuditedWithTheReason()
    {
        var scope = AccessScope.Unrestricted("t");
        var added = await fixture.Records.AddAsync(RecordKinds.Medication, scope, fixture.Patient("PROACT"), new MedicationInput { Name = "Baclofen" }, AuditSource.Cli);
        var id = added.Id!.Value;
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);

        using var response = await client.DeleteAsync($"{Base}/medications/{id}?reason={Uri.EscapeDataString("Entered for the wrong patient")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await fixture.Records.FindAsync(RecordKinds.Medication, scope, fixture.Patient("PROACT"), id));
        var delete = Assert.Single(await AuditAsync(id, "ConcomitantMedication"), a => a.Action == AuditAction.Delete);
        Assert.Equal(("Entered for the wrong patient", "investigator"), (delete.Reason, delete.Actor));
    }

    [Fact]
    public async Task DeleteAdministration_FollowedByAnAdverseEvent_422RuleAe06AndNotDeleted()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);
        var id = fixture.RecordIds[("PROACT", "administrations")];

        using var response = await client.DeleteAsync($"{Base}/administrations/{id}?reason=duplicate");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("AE-06", Assert.Single((await ErrorsAsync(response))["details"]), StringComparison.Ordinal);
        Assert.NotNull(await fixture.Records.FindAsync(RecordKinds.Administration, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"), id));
    }

    [Fact]
    public async Task PostEvent_DeathBeforeLaterRecords_422NothingAfterDeath()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var day = fixture.SafeDate["PROACT"].AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.PostAsJsonAsync($"{Base}/events", new JsonObject { ["details"] = new JsonObject { ["kind"] = "Death", ["date"] = day } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.All((await ErrorsAsync(response))["details"], m => Assert.Contains("XR-01", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostAdverseEvent_GradeSix_422OnGrade()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var day = fixture.SafeDate["PROACT"].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.PostAsJsonAsync($"{Base}/adverse-events",
            new JsonObject { ["details"] = new JsonObject { ["verbatimTerm"] = "Fever", ["onsetDate"] = day, ["grade"] = 6 } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("AE-01", Assert.Single((await ErrorsAsync(response))["details.grade"]), StringComparison.Ordinal);
    }

    private static JsonObject Alsfrs(DateOnly date) => new()
    {
        ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["q1Speech"] = 4,
        ["q2Salivation"] = 4,
        ["q3Swallowing"] = 4,
        ["q4Handwriting"] = 4,
        ["q5aCutting"] = 4,
        ["q6Dressing"] = 4,
        ["q7Turning"] = 4,
        ["q8Walking"] = 4,
        ["q9Stairs"] = 4,
        ["r1Dyspnea"] = 4,
        ["r2Orthopnea"] = 4,
        ["r3RespiratoryInsufficiency"] = 4,
        ["gastrostomy"] = false,
        ["mode"] = "Clinic",
        ["respondent"] = "Patient",
    };

    private async Task<(Guid Id, long Version)> NewAlsfrsAsync()
    {
        var result = await fixture.Records.AddAsync(RecordKinds.Alsfrs, AccessScope.Unrestricted("t"), fixture.Patient("PROACT"),
            AlsfrsInputs.Normal(fixture.SafeDate["PROACT"]), AuditSource.Cli);
        Assert.True(result.Succeeded);
        return (result.Id!.Value, result.Version!.Value);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    private async Task<List<AuditEntry>> AuditAsync(Guid id, string entityType = "AlsfrsAssessment")
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var key = id.ToString();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = await fixture.Host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        return await db.Alsfrs.IgnoreQueryFilters().CountAsync();
    }
}
