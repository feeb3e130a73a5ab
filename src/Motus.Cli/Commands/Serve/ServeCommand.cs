using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Motus.Application.Database;
using Motus.Web;

namespace Motus.Cli.Commands.Serve;

/// <summary><c>motus serve</c>: runs the web app (pages and /api/v1) on the database of --db / --connection (docs/adr/0004-cli-hosts-web.md).</summary>
public static class ServeCommand
{
    /// <summary>The address used when --urls is not given: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (plain HTTP is answered only from loopback)",
            DefaultValueFactory = _ => DefaultUrls,
            HelpName = "URLS",
        };
        var keys = new Option<string?>("--keys")
        {
            Description = "Folder of the data-protection key ring that protects sign-in cookies (default for SQLite: <db>.keys; required for PostgreSQL)",
            HelpName = "DIR",
        };
        var command = new Command("serve", "Serve the web app: creates or migrates the database, and on first start an administrator whose password is printed once") { urls, keys };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var options = ctx.Database.Options;
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = options.Provider.ToString(),
                ["Database:SqlitePath"] = options.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(options.SqlitePath) : null,
                ["Database:ConnectionString"] = options.ConnectionString,
                ["urls"] = ctx.Parse.GetValue(urls),
            };
            if (ctx.Parse.GetValue(keys) is { Length: > 0 } folder)
            {
                settings["DataProtection:KeysPath"] = Path.GetFullPath(folder);
            }

            var app = MotusWebApp.Build([], b => b.Configuration.AddInMemoryCollection(settings));
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
