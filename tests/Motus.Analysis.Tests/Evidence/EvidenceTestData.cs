using System.Text.Json.Nodes;
using Motus.Analysis.Evidence;
using Motus.Testing;

namespace Motus.Analysis.Tests.Evidence;

/// <summary>The shipped library (loaded once) and a temporary evidence folder for crafted bad files.</summary>
internal static class EvidenceTestData
{
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<EvidenceLibrary> Shipped = new(() =>
    {
        var result = EvidenceLoader.LoadEmbedded(Clock);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Library!;
    });

    public static EvidenceLibrary Library => Shipped.Value;

    public static string DataRoot => Path.Combine(RepoPaths.Root(), "data", "evidence");

    /// <summary>A shipped file as a mutable JSON object.</summary>
    public static JsonObject Read(string relative) => JsonNode.Parse(File.ReadAllText(Path.Combine(DataRoot, relative)))!.AsObject();

    /// <summary>Copies the shipped data to a temp folder, writes <paramref name="files"/> over it, loads it and deletes it.</summary>
    public static EvidenceLoadResult LoadWith(params (string Relative, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "motus-evidence-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var sub in new[] { "studies", "reviews" })
            {
                Directory.CreateDirectory(Path.Combine(root, sub));
                foreach (var f in Directory.EnumerateFiles(Path.Combine(DataRoot, sub), "*.json"))
                {
                    File.Copy(f, Path.Combine(root, sub, Path.GetFileName(f)));
                }
            }

            foreach (var (relative, text) in files)
            {
                File.WriteAllText(Path.Combine(root, relative), text);
            }

            return EvidenceLoader.LoadDirectory(root, Clock);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
