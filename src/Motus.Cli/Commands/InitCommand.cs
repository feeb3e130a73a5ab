using System.CommandLine;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary><c>motus init</c>: create or migrate the database.</summary>
public static class InitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("init", "Create the database, or migrate it to the current schema (safe to repeat)");
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var applied = await ctx.Database.InitializeAsync(ct);
            if (ctx.Json)
            {
                ctx.WriteJson(new { database = ctx.Database.Options.Describe(), migrationsApplied = applied });
            }
            else
            {
                ctx.Console.MarkupLineInterpolated($"Database ready: {ctx.Database.Options.Describe()}");
                ctx.Console.MarkupLineInterpolated($"Migrations applied: {(applied.Count == 0 ? "none (already up to date)" : string.Join(", ", applied))}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
