using System.Text.Json;

namespace Motus.Web.Tests;

/// <summary>One host on SQLite shared by a test class (seeding imports the PRO-ACT fixture twice).</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public WebHost Host { get; private set; } = null!;

    /// <summary>A patient code present in both studies.</summary>
    public string PatientCode { get; private set; } = "";

    /// <summary>Patients per study (the fixture's patient count).</summary>
    public int PatientsPerStudy { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await WebHost.StartAsync(Provider.Sqlite);
        using var client = Host.ClientFor(Application.Access.MotusRoles.Administrator);
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/patients?study=PROACT&pageSize=500"));
        PatientsPerStudy = doc.RootElement.GetProperty("total").GetInt32();
        PatientCode = doc.RootElement.GetProperty("rows")[0].GetProperty("code").GetString()!;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
