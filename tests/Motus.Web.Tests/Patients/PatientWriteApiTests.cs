using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Auditing;
using Motus.Web.Tests.Records;

namespace Motus.Web.Tests.Patients;

/// <summary>The patient and cell-product write API over the real host: stored values, audit rows, field errors, 404/409.</summary>
[Collection(RecordsCollection.Name)]
public sealed class PatientWriteApiTests(RecordsHostFixture fixture)
{
    private MotusDatabase Database => fixture.Host.Services.GetRequiredService<MotusDatabase>();

    private static JsonObject Patient(string code, string site = "PROACT") => new()
    {
        ["code"] = code,
        ["site"] = site,
        ["sex"] = "Male",
        ["yearOfBirth"] = 1955,
        ["onsetDate"] = "2025-03-01",
        ["onsetRegion"] = "Bulbar",
        ["diagnosisDate"] = "2025-09-01",
        ["diagnosticCategory"] = "ElEscorialProbableLabSupported",
        ["genetics"] = "C9orf72, Fus",
        ["consentDate"] = "2025-10-01",
        ["enrolmentDate"] = "2025-10-02",
    };

    private static string NewCode() => "API-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [Fact]
    public async Task PostPatient_Valid_201WithLocationVersionAndAnApiAuditRow()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var code = NewCode();

        using var response = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = Patient(code), ["reason"] = "Screening passed" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/studies/PROACT/patients/{code}", response.Headers.Location!.OriginalString);
        var written = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var p = await StoredAsync(code);
        Assert.Equal((Domain.Patients.GeneticFindings.C9orf72 | Domain.Patients.GeneticFindings.Fus, Domain.Patients.DiagnosticCategory.ElEscorialProbableLabSupported),
            (p.Genetics!.Value, p.DiagnosticCategory));
        var row = Assert.Single(await AuditAsync("Patient", p.Id.Value));
        Assert.Equal(("coordinator", AuditSource.Api, "Screening passed", row.Sequence), (row.Actor, row.Source, row.Reason!, written["version"]!.GetValue<long>()));

        using var details = await client.GetAsync($"/api/v1/studies/PROACT/patients/{code}/details");
        var body = (await details.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Bulbar", row.Sequence), (body["details"]!["onsetRegion"]!.GetValue<string>(), body["version"]!.GetValue<long>()));
    }

    [Fact]
    public async Task PostPatient_SiteOfAnotherStudyAndBrokenDates_422ByFieldAndNothingSaved()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);
        var code = NewCode();
        var details = Patient(code, site: "OTHER");

        using var response = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = details });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["details.site"], errors.Keys);
        Assert.Contains("not one of your sites in study PROACT", errors["details.site"][0], StringComparison.Ordinal);
        Assert.False(await ExistsAsync(code));

        details = Patient(code);
        details["enrolmentDate"] = "2025-09-30"; // before consent: PAT-05
        using var second = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = details });
        Assert.StartsWith("[PAT-05] EnrolmentDate = 2025-09-30", Assert.Single((await ErrorsAsync(second))["details.enrolmentDate"]), StringComparison.Ordinal);
        Assert.False(await ExistsAsync(code));
    }

    [Fact]
    public async Task PostPatient_StudyWithoutASiteOfTheCaller_404()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);

        using var response = await client.PostAsJsonAsync("/api/v1/studies/OTHER/patients", new JsonObject { ["details"] = Patient(NewCode(), "OTHER") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PutPatient_WithReasonThenStaleVersion_200AuditedThen409()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var code = NewCode();
        using var created = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = Patient(code) });
        var version = (await created.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>();
        var details = Patient(code);
        details["withdrawalDate"] = "2026-01-15";

        using var noReason = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/patients/{code}", new JsonObject { ["details"] = details.DeepClone() });
        using var saved = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/patients/{code}",
            new JsonObject { ["details"] = details.DeepClone(), ["reason"] = "Withdrew consent", ["expectedVersion"] = version });
        using var stale = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/patients/{code}",
            new JsonObject { ["details"] = details.DeepClone(), ["reason"] = "again", ["expectedVersion"] = version });

        Assert.Equal(["reason"], (await ErrorsAsync(noReason)).Keys);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var p = await StoredAsync(code);
        Assert.Equal(new DateOnly(2026, 1, 15), p.WithdrawalDate);
        var row = Assert.Single(await AuditAsync("Patient", p.Id.Value), a => a.Action == AuditAction.Update);
        Assert.Equal(("WithdrawalDate", (string?)null, "2026-01-15", "coordinator", "Withdrew consent"), (row.Field!, row.OldValue, row.NewValue, row.Actor, row.Reason));
        using var conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(row.Sequence, conflict.RootElement.GetProperty("currentVersion").GetInt64());
    }

    [Fact]
    public async Task PostAndPutCellProduct_StoredListedAndAudited()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Investigator);
        var lot = "API-" + Guid.NewGuid().ToString("N")[..8];
        var details = new JsonObject { ["lot"] = lot, ["name"] = "UC-MSC", ["type"] = "Msc", ["source"] = "UmbilicalCord", ["origin"] = "Allogeneic", ["viabilityPercent"] = 90 };

        using var created = await client.PostAsJsonAsync("/api/v1/studies/PROACT/cell-products", new JsonObject { ["details"] = details.DeepClone() });
        var written = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = written["id"]!.GetValue<Guid>();
        details["viabilityPercent"] = 89.5;
        using var edited = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/cell-products/{id}",
            new JsonObject { ["details"] = details.DeepClone(), ["reason"] = "QC recount", ["expectedVersion"] = written["version"]!.GetValue<long>() });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, edited.StatusCode));
        using var monitor = fixture.Host.ClientFor(MotusRoles.Monitor);
        using var list = JsonDocument.Parse(await monitor.GetStringAsync("/api/v1/studies/PROACT/cell-products"));
        var listed = list.RootElement.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(("UmbilicalCord", 89.5), (listed.GetProperty("details").GetProperty("source").GetString()!, listed.GetProperty("details").GetProperty("viabilityPercent").GetDouble()));
        var row = Assert.Single(await AuditAsync("CellProduct", id), a => a.Action == AuditAction.Update);
        Assert.Equal(("Details.ViabilityPercent", "90", "89.5", "investigator", "QC recount"), (row.Field!, row.OldValue, row.NewValue, row.Actor, row.Reason));
    }

    [Fact]
    public async Task PutCellProduct_ReleaseAfterAGivenDose_422Adm03OnReleaseDateAndUnchanged()
    {
        using var client = fixture.Host.ClientFor(MotusRoles.Coordinator);
        var late = fixture.SafeDate["PROACT"].AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var details = new JsonObject { ["lot"] = "LOT-PROACT", ["name"] = "Test MSC", ["type"] = "Msc", ["source"] = "BoneMarrow", ["origin"] = "Allogeneic", ["releaseDate"] = late };

        using var response = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/cell-products/{fixture.Product["PROACT"]}", new JsonObject { ["details"] = details, ["reason"] = "date" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = Assert.Single((await ErrorsAsync(response))["details.releaseDate"]);
        Assert.StartsWith($"[ADM-03] Patient {fixture.PatientCode}: Administration.Date", message, StringComparison.Ordinal);
        await using var db = await Database.OpenAsync();
        var id = new Domain.Common.CellProductId(fixture.Product["PROACT"]);
        Assert.Null((await db.CellProducts.AsNoTracking().SingleAsync(c => c.Id == id)).Details.ReleaseDate);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    private async Task<Domain.Patients.Patient> StoredAsync(string code)
    {
        await using var db = await Database.OpenAsync();
        return await db.Patients.AsNoTracking().SingleAsync(p => p.Code == code);
    }

    private async Task<bool> ExistsAsync(string code)
    {
        await using var db = await Database.OpenAsync();
        return await db.Patients.IgnoreQueryFilters().AnyAsync(p => p.Code == code);
    }

    private async Task<List<AuditEntry>> AuditAsync(string entityType, Guid id)
    {
        await using var db = await Database.OpenAsync();
        var key = AuditValueFormatter.Format(id);
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
    }
}
