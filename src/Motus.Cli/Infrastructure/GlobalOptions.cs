using System.CommandLine;
using Motus.Application.Database;

namespace Motus.Cli;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary>SQLite database file.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"SQLite database file (default ./{DatabaseOptions.DefaultSqlitePath})",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary>PostgreSQL connection string.</summary>
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…) instead of SQLite",
        HelpName = "CONNECTION",
        Recursive = true,
    };

    /// <summary>Machine-readable output.</summary>
    public static readonly Option<bool> JsonOutput = new("--json")
    {
        Description = "Write machine-readable JSON to standard output",
        Recursive = true,
    };

    /// <summary>Database options from the parse result; --db and --connection are exclusive.</summary>
    public static DatabaseOptions Database(ParseResult parse)
    {
        var db = parse.GetValue(Db);
        var connection = parse.GetValue(Connection);
        if (db is not null && connection is not null)
        {
            throw new Application.MotusException(Application.ExitCategory.Usage, "Give either --db or --connection, not both.");
        }

        return connection is not null ? DatabaseOptions.Postgres(connection) : DatabaseOptions.Sqlite(db ?? DatabaseOptions.DefaultSqlitePath);
    }
}
