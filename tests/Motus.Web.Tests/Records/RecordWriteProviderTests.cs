using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Auditing;

namespace Motus.Web.Tests.Records;

/// <summary>The write path on both databases: add, edit with a reason, delete with a reason, then an intact audit chain.</summary>
public sealed class RecordWriteProviderTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AddEditDelete_Provider_VersionsAdvanceAndAuditChainIntact(Provider provider)
    {
        await using var host = await WebHost.StartAsync(provider);
        using var client = host.ClientFor(MotusRoles.Coordinator);
        var (code, day) = await PatientAsync(host);
        var url = $"/api/v1/studies/PROACT/patients/{code}/vital-capacity";
        JsonObject Body(double litres, string? reason = null, long? version = null) => new()
        {
            ["details"] = new JsonObject { ["date"] = day, ["trial1Litres"] = litres, ["trial1Percent"] = 80 },
            ["reason"] = reason,
            ["expectedVersion"] = version,
        };

        using var added = await client.PostAsJsonAsync(url, Body(3.2));
        var first = (await added.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = first["id"]!.GetValue<Guid>();
        using var edited = await client.PutAsJsonAsync($"{url}/{id}", Body(3.4, "Trial 1 misread", first["version"]!.GetValue<long>()));
        var second = (await edited.Content.ReadFromJsonAsync<JsonObject>())!;
        using var deleted = await client.DeleteAsync($"{url}/{id}?reason=duplicate&expectedVersion={second["version"]}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (added.StatusCode, edited.StatusCode, deleted.StatusCode));
        Assert.True(second["version"]!.GetValue<long>() > first["version"]!.GetValue<long>());
        await using var db = await host.Services.GetRequiredService<MotusDatabase>().OpenAsync();
        var key = id.ToString();
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == key).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete, AuditAction.Update],
            rows.Select(r => r.Action));
        Assert.Equal([null, "Trial 1 misread", "duplicate", "duplicate"], rows.Select(r => r.Reason));
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
