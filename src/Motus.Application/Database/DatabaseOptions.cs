namespace Motus.Application.Database;

/// <summary>Which database engine stores the data.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file (the default; zero setup).</summary>
    Sqlite = 1,
    /// <summary>PostgreSQL, for multi-site use.</summary>
    Postgres = 2,
}

/// <summary>
/// Where the data lives. Bound from configuration section <c>Database</c> (<c>Database:Provider = Sqlite|Postgres</c>,
/// <c>Database:SqlitePath</c>, <c>Database:ConnectionString</c>) or from the CLI's <c>--db</c> / <c>--connection</c>.
/// </summary>
public sealed record DatabaseOptions
{
    /// <summary>The default SQLite file, relative to the working directory.</summary>
    public const string DefaultSqlitePath = "motus.db";

    /// <summary>Engine.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file path (Sqlite only).</summary>
    public string SqlitePath { get; init; } = DefaultSqlitePath;

    /// <summary>PostgreSQL connection string (Postgres only), e.g. <c>Host=localhost;Database=motus;Username=motus;Password=…</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// Keep closed SQLite connections open for reuse (Sqlite only). A long-running host (the web app) turns it on: a
    /// fresh connection re-reads the schema, which costs more than most queries. Off for the command line, so that the
    /// file is released as soon as a command's last context is disposed.
    /// </summary>
    public bool SqlitePooling { get; init; }

    /// <summary>A SQLite database at <paramref name="path"/>.</summary>
    public static DatabaseOptions Sqlite(string path) => new() { Provider = DatabaseProvider.Sqlite, SqlitePath = path };

    /// <summary>A PostgreSQL database.</summary>
    public static DatabaseOptions Postgres(string connectionString) => new() { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString };

    /// <summary>Problems with these options, empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"Database:Provider = {Provider}: must be Sqlite or Postgres.");
        }

        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
        {
            problems.Add("Database:SqlitePath is required for the Sqlite provider.");
        }

        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("Database:ConnectionString is required for the Postgres provider.");
        }

        return problems;
    }

    /// <summary>A description safe to print (no password).</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite file {Path.GetFullPath(SqlitePath)}"
        : $"PostgreSQL {RedactPassword(ConnectionString ?? "")}";

    private static string RedactPassword(string connectionString) =>
        string.Join(";", connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : part));
}
