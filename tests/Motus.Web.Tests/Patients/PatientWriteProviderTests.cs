using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Auditing;

namespace Motus.Web.Tests.Patients;

/// <summary>
/// Registration, patient edit and lot edit on both databases: the case-insensitive code check (PAT-10), the look-up of
/// a lot's recipients (ADM-03) and an intact audit chain afterwards.
/// </summary>
public sealed class PatientWriteProviderTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task RegisterEditAndLotEdit_Provider_RulesHoldAndAuditChainIntact(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var client = host.ClientFor(MotusRoles.Coordinator);
        JsonObject Patient(string code) => new()
        {
            ["code"] = code,
            ["site"] = "PROACT",
            ["sex"] = "Female",
            ["onsetRegion"] = "UpperLimb",
            ["diagnosticCategory"] = "Unknown",
            ["consentDate"] = "2025-05-01",
            ["enrolmentDate"] = "2025-05-02",
        };

        using var registered = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = Patient("PROV-1") });
        using var duplicate = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients", new JsonObject { ["details"] = Patient("prov-1") });
        var edit = Patient("PROV-1");
        edit["yearOfBirth"] = 1970;
        using var edited = await client.PutAsJsonAsync("/api/v1/studies/PROACT/patients/PROV-1", new JsonObject { ["details"] = edit, ["reason"] = "Year of birth found" });
        var lot = new JsonObject { ["lot"] = "PROV-LOT", ["name"] = "MSC", ["type"] = "Msc", ["source"] = "Adipose", ["origin"] = "Allogeneic", ["releaseDate"] = "2025-05-10" };
        using var lotAdded = await client.PostAsJsonAsync("/api/v1/studies/PROACT/cell-products", new JsonObject { ["details"] = lot.DeepClone() });
        var lotId = (await lotAdded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var dose = await client.PostAsJsonAsync("/api/v1/studies/PROACT/patients/PROV-1/administrations", new JsonObject
        {
            ["details"] = new JsonObject { ["date"] = "2025-05-20", ["cellProductId"] = lotId, ["route"] = "Intrathecal", ["doseAmount"] = 1e8, ["doseNumber"] = 1 },
        });
        lot["releaseDate"] = "2025-05-25";
        using var lotEdited = await client.PutAsJsonAsync($"/api/v1/studies/PROACT/cell-products/{lotId}", new JsonObject { ["details"] = lot, ["reason"] = "new date" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity),
            (registered.StatusCode, duplicate.StatusCode, edited.StatusCode, lotAdded.StatusCode, dose.StatusCode, lotEdited.StatusCode));
        Assert.Contains("[PAT-10]", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var problem = JsonDocument.Parse(await lotEdited.Content.ReadAsStringAsync()))
        {
            Assert.StartsWith("[ADM-03] Patient PROV-1:", problem.RootElement.GetProperty("errors").GetProperty("details.releaseDate")[0].GetString(), StringComparison.Ordinal);
        }

        await using var db = await host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var stored = await db.Patients.AsNoTracking().SingleAsync(p => p.Code == "PROV-1");
        Assert.Equal(1970, stored.YearOfBirth);
        var row = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "Patient" && a.PatientId == stored.Id.Value && a.Action == AuditAction.Update);
        Assert.Equal(("YearOfBirth", (string?)null, "1970", "Year of birth found"), (row.Field!, row.OldValue, row.NewValue, row.Reason));
        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
    }
}
