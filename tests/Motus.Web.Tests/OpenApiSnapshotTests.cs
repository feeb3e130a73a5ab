using System.Text.Json;
using System.Text.Json.Nodes;
using Motus.Testing;

namespace Motus.Web.Tests;

/// <summary>
/// The OpenAPI document is what script authors depend on: it is compared with Snapshots/openapi-v1.json. After an
/// intended change, run the tests with MOTUS_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
public sealed class OpenApiSnapshotTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task OpenApi_Document_MatchesSnapshot()
    {
        using var client = fixture.Host.CreateClient();

        var json = await client.GetStringAsync("/openapi/v1.json");

        // Normalised: the server URL depends on the host the test runs on.
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        var actual = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var path = Path.Combine(RepoPaths.Root(), "tests", "Motus.Web.Tests", "Snapshots", "openapi-v1.json");
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with MOTUS_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiPath()
    {
        using var client = fixture.Host.CreateClient();

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/patients", paths);
        Assert.Contains("/api/v1/studies/{study}/patients/{code}/adverse-events", paths);
        Assert.Contains("/api/v1/studies/{study}/analyses/survival", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/v1/", StringComparison.Ordinal));
    }
}
