using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Motus.Bench.Stats;

/// <summary>
/// What <c>bench/stats-bench.sh</c> left in one <c>RESULTS/N</c> folder: both engines' JSON (<c>r-engine.json</c>,
/// <c>motus-engine.json</c>), the <c>/usr/bin/time -v</c> output of both processes (<c>*.time</c>), the whole-process
/// runs (<c>whole.tsv</c>: fit, engine, seconds, max RSS kB) and the load average before and after (<c>load.txt</c>).
/// </summary>
internal sealed partial class StatsResults
{
    private StatsResults(string dir)
    {
        Dir = dir;
        R = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r-engine.json"))).RootElement;
        Motus = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "motus-engine.json"))).RootElement;
        RMaxRssKb = MaxRss(Path.Combine(dir, "r-engine.time"));
        MotusMaxRssKb = MaxRss(Path.Combine(dir, "motus-engine.time"));
        var whole = Path.Combine(dir, "whole.tsv");
        Whole = File.Exists(whole)
            ? File.ReadLines(whole).Select(l => l.Split('\t')).Where(f => f.Length >= 4)
                .Select(f => (f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture))).ToList()
            : [];
        var load = Path.Combine(dir, "load.txt");
        Load = File.Exists(load) ? string.Join("; ", File.ReadLines(load).Where(l => l.Length > 0)) : "";
    }

    public string Dir { get; }

    public JsonElement R { get; }

    public JsonElement Motus { get; }

    public long? RMaxRssKb { get; }

    public long? MotusMaxRssKb { get; }

    public List<(string Fit, string Engine, double Seconds, long MaxRssKb)> Whole { get; }

    public string Load { get; }

    public int N => Motus.GetProperty("n").GetInt32();

    public int Rows => Motus.GetProperty("rows").GetInt32();

    public int Events => Motus.GetProperty("events").GetInt32();

    public static IEnumerable<StatsResults> ReadAll(string resultsDir) =>
        Directory.GetDirectories(resultsDir)
            .Where(d => File.Exists(Path.Combine(d, "r-engine.json")) && File.Exists(Path.Combine(d, "motus-engine.json")))
            .Select(d => new StatsResults(d))
            .OrderBy(r => r.N);

    public double RSeconds(string fit) => R.GetProperty("seconds").GetProperty(fit).GetDouble();

    public double MotusSeconds(string fit) => Motus.GetProperty("seconds").GetProperty(fit).GetDouble();

    /// <summary>CPU seconds (user + system) of R, or null when R's clock (1 ms ticks) saw none.</summary>
    public double? RCpuSeconds(string fit) => Cpu(R, fit);

    public double? MotusCpuSeconds(string fit) => Cpu(Motus, fit);

    private static double? Cpu(JsonElement engine, string fit) =>
        engine.TryGetProperty("cpuSeconds", out var cpu) && cpu.TryGetProperty(fit, out var v) && v.GetDouble() > 0 ? v.GetDouble() : null;

    /// <summary>Best whole-process time of <paramref name="engine"/> ("R" or "Motus") for one fit, or null when not run.</summary>
    public double? WholeSeconds(string fit, string engine) =>
        Whole.Where(w => w.Fit == fit && w.Engine == engine).Select(w => (double?)w.Seconds).Min();

    /// <summary>The estimates of one engine, each as an array (R writes length-1 vectors as scalars).</summary>
    public static Dictionary<string, double?[]> Estimates(JsonElement engine)
    {
        var result = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var p in engine.GetProperty("estimates").EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                ? [.. p.Value.EnumerateArray().Select(Number)]
                : [Number(p.Value)];
        }

        return result;
    }

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;

    private static long? MaxRss(string timeFile)
    {
        if (!File.Exists(timeFile))
        {
            return null;
        }

        var m = MaxRssLine().Match(File.ReadAllText(timeFile));
        return m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRssLine();
}
