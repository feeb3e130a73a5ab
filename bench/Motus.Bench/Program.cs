using System.Diagnostics;
using System.Globalization;
using Motus.Application.Database;
using Motus.Application.Import;
using Motus.Bench;
using Motus.Bench.Stats;
using Motus.Interop.Proact;

// Benchmarks, run on demand: see docs/benchmarks.md for the commands and the measured results.
//   generate-proact --patients N --seed S --out DIR
//   import-proact   --dir DIR [--db PATH]
//   generate-stats  --patients N --seed S --out DIR        patients.csv + alsfrs.csv for the statistics benchmark
//   stats-engine    --dir DIR [--repeats K] [--out FILE] [--fits km,cox,coxRobust,lmm,slopes]
//                                                            in-engine fit times, peak memory and estimates (JSON)
//   stats-report    --dir RESULTS                          markdown table from bench/stats-bench.sh's results
//   report-timing   --db PATH --patient CODE [--repeats 10]  in-process patient and study report times
//   web-load        --url http://127.0.0.1:PORT --token T --paths /a,/b [--clients 50] [--requests 2000] [--seconds 60]
//                                                            bounded load on a running web app (loopback only)
var options = Args.Parse(args);
switch (options.Command)
{
    case "generate-proact":
        {
            var n = options.Int("patients", 1000);
            var seed = options.Int("seed", 1);
            var outDir = options.Required("out");
            var clock = Stopwatch.StartNew();
            var (study, records) = new ProactGenerator(seed).Generate(n);
            Directory.CreateDirectory(outDir);
            ProactWriter.Write(outDir, study, records, study.DateShiftAnchor!.Value);
            var rows = Directory.GetFiles(outDir, "*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
            Console.WriteLine(FormattableString.Invariant($"generated {n} patients, {rows} rows into {outDir} in {clock.Elapsed.TotalSeconds:F1} s (seed {seed})"));
            return 0;
        }

    case "import-proact":
        {
            var dir = options.Required("dir");
            var dbPath = options.Get("db") ?? Path.Combine(Path.GetTempPath(), $"motus-bench-{Guid.NewGuid():N}.db");
            var database = new MotusDatabase(DatabaseOptions.Sqlite(dbPath), TimeProvider.System);
            await database.InitializeAsync();
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
            options.Int("clients", 50), options.Int("requests", 2000), options.Int("seconds", 60));

    case "report-timing":
        return await ReportTiming.RunAsync(options.Required("db"), options.Required("patient"), options.Int("repeats", 10));

    default:
        Console.Error.WriteLine("usage: Motus.Bench generate-proact --patients N --seed S --out DIR | import-proact --dir DIR [--db PATH]\n" +
            "                   generate-stats --patients N --seed S --out DIR | stats-engine --dir DIR [--repeats K] [--out FILE] | stats-report --dir RESULTS\n" +
            "                   report-timing --db PATH --patient CODE [--repeats N]");
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
