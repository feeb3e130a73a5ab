using System.Globalization;
using System.Text;

namespace Motus.Bench.Stats;

/// <summary>
/// <c>stats-report --dir RESULTS</c>: the markdown tables of docs/benchmarks.md from the folders that
/// <c>bench/stats-bench.sh</c> wrote (one per N): in-engine times of R and Motus and their ratio, the targets of issue 3,
/// whole-process times, peak memory, and how closely the estimates agree.
/// </summary>
internal static class StatsReport
{
    /// <summary>Issue 3's targets: R time / Motus time at least this much, per fit.</summary>
    private static readonly (string Fit, string Label, double Target)[] Fits =
    [
        ("km", "KM + log-rank", 2),
        ("cox", "Cox Efron", 2),
        ("coxRobust", "Cox robust SE", 10),
        ("lmm", "LMM REML", 10),
        ("slopes", "Per-patient slopes", 2),
    ];

    private static readonly string[] WholeFits = ["km", "cox", "cox-robust", "lmm"];

    public static int Run(string dir)
    {
        var results = StatsResults.ReadAll(dir).ToList();
        if (results.Count == 0)
        {
            Console.Error.WriteLine($"no results under {dir}");
            return 1;
        }

        var md = new StringBuilder();
        Line(md, "In-engine time, best of the repeats, seconds: R / Motus (R time ÷ Motus time). Reading the CSV is not timed.");
        Line(md, "");
        Line(md, "| N | ALSFRS-R rows | events | " + string.Join(" | ", Fits.Select(f => f.Label)) + " |");
        Line(md, "|---|---|---|" + string.Concat(Fits.Select(_ => "---|")));
        foreach (var r in results)
        {
            Line(md, $"| {r.N:N0} | {r.Rows:N0} | {r.Events:N0} | " + string.Join(" | ", Fits.Select(f =>
            {
                var (rs, ms) = (r.RSeconds(f.Fit), r.MotusSeconds(f.Fit));
                return $"{rs:F3} / {ms:F4} ({rs / ms:F1}×)";
            })) + " |");
        }

        Line(md, "");
        Line(md, "CPU time (user + system) of the same runs, best of the repeats, seconds: R / Motus (ratio). Less disturbed than wall " +
            "time when other work shares the cores; R's clock ticks in milliseconds (0 shows as n/a).");
        Line(md, "");
        Line(md, "| N | " + string.Join(" | ", Fits.Select(f => f.Label)) + " |");
        Line(md, "|---|" + string.Concat(Fits.Select(_ => "---|")));
        foreach (var r in results)
        {
            Line(md, $"| {r.N:N0} | " + string.Join(" | ", Fits.Select(f => (r.RCpuSeconds(f.Fit), r.MotusCpuSeconds(f.Fit)) switch
            {
                (double rs, double ms) => $"{rs:F3} / {ms:F4} ({rs / ms:F1}×)",
                var (rs, ms) => $"{(rs is null ? "n/a" : $"{rs:F3}")} / {(ms is null ? "n/a" : $"{ms:F4}")}",
            })) + " |");
        }

        Line(md, "");
        Line(md, "Targets of issue 3 (✓ met, ✗ missed): in-engine ratio R ÷ Motus per fit, wall time (CPU time in brackets); peak memory Motus < ½ R (max RSS of the whole " +
            "benchmark process, both sides); every whole `motus stats` process faster than the whole `Rscript` for the same fit.");
        Line(md, "");
        Line(md, "| N | " + string.Join(" | ", Fits.Select(f => $"{f.Label} ≥ {f.Target:0}×")) + " | memory < ½ R | whole process |");
        Line(md, "|---|" + string.Concat(Fits.Select(_ => "---|")) + "---|---|");
        foreach (var r in results)
        {
            var cells = Fits.Select(f =>
            {
                var ratio = r.RSeconds(f.Fit) / r.MotusSeconds(f.Fit);
                var cpu = r.RCpuSeconds(f.Fit) / r.MotusCpuSeconds(f.Fit);
                return $"{ratio:F1}× {Mark(ratio >= f.Target)}" + (cpu is double c ? $" (CPU {c:F1}× {Mark(c >= f.Target)})" : "");
            });
            var mem = r.MotusMaxRssKb is long m && r.RMaxRssKb is long rr ? $"{(double)m / rr:P0} {Mark(m * 2 < rr)}" : "n/a";
            var whole = WholeFits.Select(f => (R: r.WholeSeconds(f, "R"), M: r.WholeSeconds(f, "Motus"))).ToList();
            var wholeCell = whole.Any(w => w.R is null || w.M is null) ? "n/a" : Mark(whole.All(w => w.M < w.R));
            Line(md, $"| {r.N:N0} | " + string.Join(" | ", cells) + $" | {mem} | {wholeCell} |");
        }

        Line(md, "");
        Line(md, "Whole process (start, read the CSV, fit, print), best of the runs, seconds and max RSS: `Rscript bench/r/stats-fit.R FIT` " +
            "versus `dotnet motus.dll stats …`.");
        Line(md, "");
        Line(md, "| N | fit | Rscript | motus | ratio | Rscript max RSS | motus max RSS |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            foreach (var f in WholeFits)
            {
                if (r.WholeSeconds(f, "R") is double rs && r.WholeSeconds(f, "Motus") is double ms)
                {
                    Line(md, $"| {r.N:N0} | {f} | {rs:F2} s | {ms:F2} s | {rs / ms:F1}× | {MaxRss(r, f, "R")} | {MaxRss(r, f, "Motus")} |");
                }
            }
        }

        Line(md, "");
        Line(md, "Peak memory of the in-engine benchmark processes (all five fits, best-of repeats included): max RSS from `/usr/bin/time -v`; " +
            "Motus's own peak working set in brackets.");
        Line(md, "");
        Line(md, "| N | R (Rscript stats-bench.R) | Motus (stats-engine) | Motus ÷ R |");
        Line(md, "|---|---|---|---|");
        foreach (var r in results)
        {
            var peak = r.Motus.GetProperty("peakWorkingSetMiB").GetDouble();
            Line(md, $"| {r.N:N0} | {Mib(r.RMaxRssKb)} | {Mib(r.MotusMaxRssKb)} ({peak:F0} MiB) | " +
                (r.MotusMaxRssKb is long m && r.RMaxRssKb is long rr ? $"{(double)m / rr:P0}" : "n/a") + " |");
        }

        Agreement(md, results);
        return Print(md);
    }

    private static void Agreement(StringBuilder md, List<StatsResults> results)
    {
        Line(md, "");
        Line(md, $"Agreement of the estimates (Motus vs R on the same files): largest relative difference where |R| ≥ {StatsAgreement.Floor:G1} " +
            "(the number where it occurs), largest absolute difference where R's value is smaller, and values defined on one side only.");
        Line(md, "");
        Line(md, "| N | fit | numbers compared | max relative difference | at | max abs. difference near 0 | defined on one side only |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var (m, rr) = (StatsResults.Estimates(r.Motus), StatsResults.Estimates(r.R));
            foreach (var (fit, prefixes) in StatsAgreement.Fits)
            {
                var a = StatsAgreement.Compare(fit, prefixes, m, rr);
                Line(md, $"| {r.N:N0} | {fit} | {a.Compared:N0} | {a.MaxRelative:G2} | {a.WorstKey} | {a.MaxAbsoluteNearZero:G2} | {a.Mismatches} |");
            }
        }

        Line(md, "");
        Line(md, "LMM REML criterion (−2 × restricted log-likelihood; lower is a better optimum): Motus − R.");
        Line(md, "");
        Line(md, "| N | R (lme4) | Motus − R | lme4 convergence messages |");
        Line(md, "|---|---|---|---|");
        foreach (var r in results)
        {
            var (m, rr) = (StatsResults.Estimates(r.Motus)["lmm.reml"][0], StatsResults.Estimates(r.R)["lmm.reml"][0]);
            var messages = r.R.TryGetProperty("lmmMessages", out var msg) && msg.ValueKind == System.Text.Json.JsonValueKind.Array
                ? string.Join("; ", msg.EnumerateArray().Select(e => e.GetString()))
                : msg.ValueKind == System.Text.Json.JsonValueKind.String ? msg.GetString() : "";
            messages = messages?.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            Line(md, $"| {r.N:N0} | {rr:F4} | {m - rr:G3} | {(string.IsNullOrEmpty(messages) ? "none" : messages)} |");
        }

        Line(md, "");
        foreach (var r in results.Where(r => r.Load.Length > 0))
        {
            Line(md, $"- N = {r.N:N0}: load average {r.Load}");
        }
    }

    private static string MaxRss(StatsResults r, string fit, string engine) =>
        Mib(r.Whole.Where(w => w.Fit == fit && w.Engine == engine).Select(w => (long?)w.MaxRssKb).Max());

    private static string Mib(long? kb) => kb is long k ? $"{k / 1024.0:F0} MiB" : "n/a";

    private static string Mark(bool met) => met ? "✓" : "✗";

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static int Print(StringBuilder md)
    {
        Console.Out.Write(md.ToString());
        return 0;
    }
}
