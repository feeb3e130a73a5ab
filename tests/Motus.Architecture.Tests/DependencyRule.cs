namespace Motus.Architecture.Tests;

/// <summary>
/// The dependency rule of docs/architecture.md as a table: which src projects each src project may reference,
/// and, where restricted, which packages. A src project missing from the table fails the tests, so a new layer
/// is a decision written here, not an accident.
/// </summary>
public static class DependencyRule
{
    private const string Domain = "Motus.Domain";
    private const string Statistics = "Motus.Statistics";
    private const string Analysis = "Motus.Analysis";
    private const string Simulation = "Motus.Simulation";
    private const string Interop = "Motus.Interop";
    private const string Data = "Motus.Data";
    private const string DataSqlite = "Motus.Data.Sqlite";
    private const string DataPostgres = "Motus.Data.Postgres";
    private const string Application = "Motus.Application";
    private const string Web = "Motus.Web";
    private const string Cli = "Motus.Cli";

    private static readonly string[] BelowApplication =
        [Domain, Statistics, Analysis, Simulation, Interop, Data, DataSqlite, DataPostgres];

    private static readonly string[] Hosts = [Application, .. BelowApplication];

    /// <summary>Allowed project references per src project.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedProjectReferences { get; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            [Domain] = Set(),
            [Statistics] = Set(),
            [Analysis] = Set(Domain, Statistics),
            [Simulation] = Set(Domain, Statistics, Analysis),
            [Interop] = Set(Domain),
            [Data] = Set(Domain),
            [DataSqlite] = Set(Data, Domain),
            [DataPostgres] = Set(Data, Domain),
            [Application] = Set(BelowApplication),
            [Web] = Set(Hosts),
            // The CLI hosts the web app for `motus serve` (docs/adr/0004-cli-hosts-web.md).
            [Cli] = Set([.. Hosts, Web]),
        };

    /// <summary>Allowed packages for the projects whose packages are restricted; others may use any declared package.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedPackages { get; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            [Domain] = Set(),
            [Statistics] = Set("MathNet.Numerics"),
            [Analysis] = Set(),
            [Simulation] = Set(),
        };

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
