using System.Text.Json;

namespace Motus.Architecture.Tests;

public sealed class RepositorySettingsTests
{
    [Fact]
    public void GlobalJson_AtRoot_PinsAnSdkVersion()
    {
        var path = Path.Combine(RepositoryLayout.Root, "global.json");
        Assert.True(File.Exists(path), "global.json is missing at the repository root.");

        using var document = JsonDocument.Parse(
            File.ReadAllText(path),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var hasSdk = document.RootElement.TryGetProperty("sdk", out var sdk);
        var version = hasSdk && sdk.TryGetProperty("version", out var v) ? v.GetString() : null;

        Assert.False(string.IsNullOrWhiteSpace(version), "global.json must pin the SDK with sdk.version.");
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }
}
