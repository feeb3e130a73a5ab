using System.CommandLine;
using System.Data.Common;
using Motus.Application;
using Motus.Application.Access;
using Motus.Application.Database;
using Spectre.Console;

namespace Motus.Cli;

/// <summary>What a command's action needs: its parse result, output, and the database.</summary>
public sealed class CommandContext(ParseResult parse, CliEnvironment environment)
{
    private MotusDatabase? _database;

    /// <summary>The parse result.</summary>
    public ParseResult Parse { get; } = parse;

    /// <summary>Output streams and terminal facts.</summary>
    public CliEnvironment Environment { get; } = environment;

    /// <summary>True when <c>--json</c> was given.</summary>
    public bool Json => Parse.GetValue(GlobalOptions.JsonOutput);

    /// <summary>True when progress bars may be drawn (a terminal, and not --json).</summary>
    public bool ShowProgress => Environment.Interactive && !Json;

    /// <summary>The configured database.</summary>
    public MotusDatabase Database => _database ??= new MotusDatabase(GlobalOptions.Database(Parse), Environment.Clock);

    /// <summary>Human-readable output.</summary>
    public IAnsiConsole Console { get; } = environment.CreateConsole();

    /// <summary>The actor recorded in the audit trail for this process.</summary>
    public static string Actor => $"{System.Environment.UserName}@cli";

    /// <summary>What the CLI may see: everything (whoever runs it holds the database itself).</summary>
    public AccessScope Access { get; } = AccessScope.Unrestricted(Actor);

    /// <summary>Writes JSON output.</summary>
    public void WriteJson<T>(T value) => Cli.Json.Write(Environment.Out, value);
}

/// <summary>Attaches actions to commands with the CLI's error handling and exit codes.</summary>
public static class CommandActions
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void SetHandler(this Command command, CliEnvironment environment, Func<CommandContext, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await body(new CommandContext(parse, environment), ct);
            }
            catch (MotusException e)
            {
                await environment.Error.WriteLineAsync($"error: {e.Message}");
                return e.Category == ExitCategory.Data ? ExitCodes.DataError : ExitCodes.Usage;
            }
            catch (Motus.Statistics.Common.StatisticsInputException e)
            {
                await environment.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.DataError;
            }
            catch (DbException e)
            {
                await environment.Error.WriteLineAsync($"error: database: {e.Message}");
                return ExitCodes.Usage;
            }
        });
}
