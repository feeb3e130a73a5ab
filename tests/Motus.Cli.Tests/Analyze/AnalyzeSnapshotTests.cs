using System.Text;
using System.Text.Json;

namespace Motus.Cli.Tests.Analyze;

/// <summary>
/// What users depend on: the help of every <c>motus analyze</c> command, and the JSON shape of one (every property path
/// with the kinds of value seen there). Compared with Snapshots/; after an intended change run with
/// MOTUS_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class AnalyzeSnapshotTests(DemoCli demo)
{
    public static TheoryData<string> Commands => new(
        "analyze", "analyze staging", "analyze slopes", "analyze progression", "analyze prognosis", "analyze endpoints", "analyze survival",
        "analyze cox", "analyze lmm", "analyze cafs", "analyze responders", "analyze safety");

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_AnalyzeCommand_MatchesSnapshot(string command)
    {
        using var cli = new CliHarness();

        var run = await cli.RunRawAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        await MatchAsync("motus-" + command.Replace(' ', '-') + ".help.txt", run.Out);
    }

    [Fact]
    public async Task Json_StagingOfOnePatient_ShapeMatchesSnapshot()
    {
        var run = await demo.AnalyzeAsync("staging", "--patient", "S000001", "--json");

        Assert.Equal(0, run.ExitCode);
        await MatchAsync("motus-analyze-staging.json-shape.txt", Shape(JsonDocument.Parse(run.Out).RootElement));
    }

    /// <summary>One line per property path ("result[].points[].kings.label: string"), with every kind of value seen there, in first-seen order.</summary>
    internal static string Shape(JsonElement root)
    {
        var kinds = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        void Walk(JsonElement e, string path)
        {
            if (!kinds.TryGetValue(path, out var set))
            {
                kinds[path] = set = new SortedSet<string>(StringComparer.Ordinal);
                order.Add(path);
            }

            set.Add(e.ValueKind is JsonValueKind.True or JsonValueKind.False ? "boolean" : e.ValueKind.ToString().ToLowerInvariant());
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}");
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, path + "[]");
                }
            }
        }

        Walk(root, "");
        var sb = new StringBuilder();
        foreach (var path in order)
        {
            sb.Append(path.Length == 0 ? "$" : path).Append(": ").AppendJoin(" | ", kinds[path]).Append('\n');
        }

        return sb.ToString();
    }

    private static async Task MatchAsync(string file, string actual)
    {
        var path = Path.Combine(CliHarness.RepoRoot(), "tests", "Motus.Cli.Tests", "Snapshots", file);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with MOTUS_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }
}
