using System.Diagnostics;
using System.Globalization;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Application.Simulation;
using Motus.Bench;
using Motus.Bench.Stats;
using Motus.Interop.Proact;

// Benchmarks, run on demand: see docs/benchmarks.md for the commands and the measured results.
//   generate-proact --patients N --seed S --out DIR      the natural-history generator's PRO-ACT forms (= motus simulate cohort)
//   generate-cohort --patients N [--seed S]              generator speed alone, patients per minute on one thread
//   import-proact   --dir DIR [--db PATH]
//   read-proact     --dir DIR                              only the read-and-check phase of the import (no database)
//   generate-stats  --patients N --seed S --out DIR        patients.csv + alsfrs.csv for the statistics benchmark
//   stats-engine    --dir DIR [--repeats K] [--out FILE] [--fits km,cox,coxRobust,lmm,slopes]
//                                                            in-engine fit times, peak memory and estimates (JSON)
//   stats-report    --dir RESULTS                          markdown table from bench/stats-bench.sh's results
//   report-timing   --db PATH --patient CODE [--repeats 10]  in-process patient and study report times
//   claim-check     [--patients N] [--repeats K]            claim-check null simulation: patients per second
//   simulate-trials [--trials 1000] [--patients 200] [--threads 2] [--seed 1] [--design FILE]
//                                                            trial simulator speed (LMM slope analysis)
//   web-load        --url http://127.0.0.1:PORT --token T --paths /a,/b [--clients 50] [--requests 2000] [--seconds 60] [--warmup N]
//                                                            bounded load on a running web app (loopback only)
var options = Args.Parse(args);
switch (options.Command)
{
    case "generate-proact":
        {
            // The one generator: Motus.Simulation's natural-history model, through the same use case as 'motus simulate cohort'.
            var n = options.Int("patients", 1000);
            var seed = options.Int("seed", 1);
            var outDir = options.Required("out");
            var result = SimulateCohort.Run(new SimulateCohortRequest(n, (ulong)seed, outDir));
            Console.WriteLine(FormattableString.Invariant($"generated {n} patients, {result.Rows} rows into {outDir} in {result.Elapsed.TotalSeconds:F1} s (seed {seed})"));
            return 0;
        }

    case "generate-cohort":
        {
            // Generator speed alone (no mapping, no files): patients per minute on one thread, after a warm-up.
            var n = options.Int("patients", 100_000);
            var seed = (ulong)options.Int("seed", 1);
            var generator = new Motus.Simulation.NaturalHistory.NaturalHistoryGenerator();
            generator.GenerateCohort(2000, seed + 1);
            var clock = Stopwatch.StartNew();
            var visits = 0L;
            for (var i = 0; i < n; i++)
            {
                visits += generator.Generate(Motus.Simulation.Common.RandomStream.ForReplicate(seed, i), i).VisitCount;
            }

            clock.Stop();
            Console.WriteLine(FormattableString.Invariant(
                $"patients={n} visits={visits} seconds={clock.Elapsed.TotalSeconds:F2} patients_per_minute={n / clock.Elapsed.TotalMinutes:F0}"));
            return 0;
        }

    case "read-proact":
        {
            var dir = options.Required("dir");
            var clock = Stopwatch.StartNew();
            var read = ProactReader.Read(dir, new ProactImportOptions(new DateOnly(2000, 1, 1), "BENCH", "Benchmark", "BENCH", DateOnly.FromDateTime(DateTime.UtcNow)));
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"rows={read.Dataset?.TotalRows} errors={read.Errors.Count} seconds={clock.Elapsed.TotalSeconds:F2} process_cpu_seconds={cpu:F2} allocated_mib={GC.GetTotalAllocatedBytes() / 1048576.0:F0}"));
            return read.IsValid ? 0 : 2;
        }

    case "import-proact":
        {
            var dir = options.Required("dir");
            var dbPath = options.Get("db") ?? Path.Combine(Path.GetTempPath(), $"motus-bench-{Guid.NewGuid():N}.db");
            var database = new MotusDatabase(DatabaseOptions.Sqlite(dbPath), TimeProvider.System);
            await database.InitializeAsync();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await new ImportProact(database).RunAsync(new ImportProactRequest(dir, "BENCH", "Benchmark", "BENCH", new DateOnly(2000, 1, 1), "bench"));
            clock.Stop();
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"import failed: {result.Errors.Count} errors; first: {result.Errors[0]}");
                return 2;
            }

            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            Console.WriteLine(FormattableString.Invariant(
                $"rows={result.RowsRead} patients={result.PatientsAdded} records={result.RecordsAdded} seconds={clock.Elapsed.TotalSeconds:F2} rows_per_s={result.RowsRead / clock.Elapsed.TotalSeconds:F0} peak_working_set_mib={peak:F0}"));
            Console.WriteLine(FormattableString.Invariant(
                $"process_cpu_seconds={Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} import_cpu_seconds={(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F2} allocated_mib={GC.GetTotalAllocatedBytes() / 1048576.0:F0} gc_pause_seconds={GC.GetTotalPauseDuration().TotalSeconds:F2} gc_counts={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
            if (result.Phases is { } ph)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"phases: read={ph.Read.TotalSeconds:F2} open={ph.Open.TotalSeconds:F2} merge={ph.Merge.TotalSeconds:F2} insert={ph.Insert.TotalSeconds:F2} writing={ph.Writing.TotalSeconds:F2} commit={ph.Commit.TotalSeconds:F2}"));
            }

            if (options.Get("db") is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(dbPath);
            }

            return 0;
        }

    case "generate-stats":
        {
            var n = options.Int("patients", 1000);
            var seed = options.Int("seed", 1);
            var outDir = options.Required("out");
            var rows = new StatsCohortGenerator(seed).Write(n, outDir);
            Console.WriteLine(FormattableString.Invariant($"generated {n} patients and {rows} ALSFRS-R rows into {outDir} (seed {seed})"));
            return 0;
        }

    case "stats-engine":
        return StatsEngineBench.Run(options.Required("dir"), options.Int("repeats", 3), options.Get("out"), options.Get("fits"));

    case "stats-report":
        return StatsReport.Run(options.Required("dir"));

    case "web-load":
        return await WebLoad.RunAsync(options.Required("url"), options.Required("token"), options.Required("paths").Split(','),
            options.Int("clients", 50), options.Int("requests", 2000), options.Int("seconds", 60), options.Int("warmup", -1));

    case "report-timing":
        return await ReportTiming.RunAsync(options.Required("db"), options.Required("patient"), options.Int("repeats", 10));

    case "claim-check":
        return Motus.Bench.Claims.ClaimCheckBench.Run(options.Int("patients", 2_000_000), options.Int("repeats", 3));

    case "simulate-trials":
        return SimulateTrialsBench.Run(options.Int("trials", 1000), options.Int("patients", 200), options.Int("threads", Environment.ProcessorCount), (ulong)options.Int("seed", 1), options.Get("design"));

    default:
        Console.Error.WriteLine("usage: Motus.Bench generate-proact --patients N --seed S --out DIR | generate-cohort --patients N [--seed S] | import-proact --dir DIR [--db PATH]\n" +
            "                   generate-stats --patients N --seed S --out DIR | stats-engine --dir DIR [--repeats K] [--out FILE] | stats-report --dir RESULTS\n" +
            "                   report-timing --db PATH --patient CODE [--repeats N] | claim-check [--patients N] [--repeats K]");
        return 1;
}

/// <summary>Minimal "--name value" parsing for the benchmark program.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Command { get; private init; } = "";

    public static Args Parse(string[] args)
    {
        var parsed = new Args { Command = args.Length > 0 ? args[0] : "" };
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            parsed._values[args[i].TrimStart('-')] = args[i + 1];
        }

        return parsed;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
