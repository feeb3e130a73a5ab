using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Data.Auditing;
using Spectre.Console;

namespace Motus.Cli.Commands.Users;

/// <summary><c>motus users add|list|change|disable|unlock|token|access-log</c>: accounts of the web app (users are disabled, never deleted).</summary>
public static class UsersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string>("NAME") { Description = "User name (letters, digits, - . _ @); never reused" };
        var role = new Option<string>("--role") { Description = $"Role: {string.Join(", ", MotusRoles.All)}", Required = true, HelpName = "ROLE" };
        var sites = new Option<string[]>("--site") { Description = "Site code the user belongs to (repeat for several; not needed for an Administrator)", HelpName = "CODE", AllowMultipleArgumentsPerToken = false };
        var study = new Option<string?>("--study") { Description = "Study of the sites, when a site code exists in several studies", HelpName = "PROTOCOL" };
        var displayName = new Option<string?>("--display-name") { Description = "Full name shown in the web app (default: NAME)", HelpName = "TEXT" };
        var add = new Command("add", "Add a user with a generated password, printed once") { name, role, sites, study, displayName };
        add.SetHandler(environment, (ctx, ct) => WithAccounts(ctx, async sp =>
        {
            var created = await sp.GetRequiredService<ManageUsers>().AddAsync(new NewUser(ctx.Parse.GetValue(name)!,
                ctx.Parse.GetValue(displayName) ?? ctx.Parse.GetValue(name)!, ctx.Parse.GetValue(role)!, ctx.Parse.GetValue(sites) ?? [], ctx.Parse.GetValue(study)), new ChangeContext(CommandContext.Actor, AuditSource.Cli), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(created);
            }
            else
            {
                ctx.Console.MarkupLineInterpolated($"Created user {created.UserName} with password  {created.Password}");
                ctx.Console.MarkupLine("The password is shown only now; hand it over safely.");
            }
        }, ct));

        var list = new Command("list", "List users with their roles, sites and state");
        list.SetHandler(environment, (ctx, ct) => WithAccounts(ctx, async sp =>
        {
            var users = await sp.GetRequiredService<ManageUsers>().ListAsync(ct);
            if (ctx.Json)
            {
                ctx.WriteJson(users);
                return;
            }

            var table = new Table().AddColumns("User", "Name", "Roles", "Sites", "State", "Created");
            foreach (var u in users)
            {
                table.AddRow(Markup.Escape(u.UserName), Markup.Escape(u.DisplayName), Markup.Escape(string.Join(", ", u.Roles)), Markup.Escape(string.Join(", ", u.Sites)),
                    u.Disabled ? "disabled" : u.LockedOutUntil is { } until ? $"locked until {until:yyyy-MM-dd HH:mm} UTC" : "active",
                    u.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            ctx.Console.Write(table);
        }, ct));

        var disableName = new Argument<string>("NAME") { Description = "User name" };
        var disable = new Command("disable", "Disable a user: no sign-in, no token; sessions end within a minute") { disableName };
        disable.SetHandler(environment, (ctx, ct) => WithAccounts(ctx, async sp =>
        {
            await sp.GetRequiredService<ManageUsers>().DisableAsync(ctx.Parse.GetValue(disableName)!, new ChangeContext(CommandContext.Actor, AuditSource.Cli), ct);
            ctx.Console.MarkupLineInterpolated($"Disabled {ctx.Parse.GetValue(disableName)}.");
        }, ct));

        var changeName = new Argument<string>("NAME") { Description = "User name" };
        var newRole = new Option<string?>("--role") { Description = $"New role, replacing the current one: {string.Join(", ", MotusRoles.All)}", HelpName = "ROLE" };
        var newSites = new Option<string[]?>("--site") { Description = "New site (repeat for several); replaces all the user's sites", HelpName = "CODE", AllowMultipleArgumentsPerToken = false };
        var changeStudy = new Option<string?>("--study") { Description = "Study of the sites, when a site code exists in several studies", HelpName = "PROTOCOL" };
        var reason = new Option<string>("--reason") { Description = "Why the access changes (kept in the audit trail)", Required = true, HelpName = "TEXT" };
        var change = new Command("change", "Change a user's role and/or sites; each change is an audit row with the values before and after")
        {
            changeName, newRole, newSites, changeStudy, reason,
        };
        change.SetHandler(environment, (ctx, ct) => WithAccounts(ctx, async sp =>
        {
            var sitesGiven = ctx.Parse.GetValue(newSites) is { Length: > 0 } given ? given : null; // an absent --site parses as no sites: leave them
            if (ctx.Parse.GetValue(newRole) is null && sitesGiven is null)
            {
                throw new MotusException(ExitCategory.Usage, "Nothing to change: give --role and/or --site.");
            }

            await sp.GetRequiredService<ManageUsers>().ChangeAccessAsync(ctx.Parse.GetValue(changeName)!, ctx.Parse.GetValue(newRole), sitesGiven,
                ctx.Parse.GetValue(changeStudy), new ChangeContext(CommandContext.Actor, AuditSource.Cli, ctx.Parse.GetValue(reason)), ct);
            ctx.Console.MarkupLineInterpolated($"Changed the access of {ctx.Parse.GetValue(changeName)}; it applies at their next request.");
        }, ct));

        var unlockName = new Argument<string>("NAME") { Description = "User name" };
        var unlockReason = new Option<string>("--reason") { Description = "Why the lockout ends early (kept in the audit trail)", Required = true, HelpName = "TEXT" };
        var unlock = new Command("unlock", "End a user's lockout after failed sign-ins (e.g. the only administrator's); an audit row with the reason") { unlockName, unlockReason };
        unlock.SetHandler(environment, (ctx, ct) => WithAccounts(ctx, async sp =>
        {
            await sp.GetRequiredService<ManageUsers>().UnlockAsync(ctx.Parse.GetValue(unlockName)!, new ChangeContext(CommandContext.Actor, AuditSource.Cli, ctx.Parse.GetValue(unlockReason)), ct);
            ctx.Console.MarkupLineInterpolated($"Unlocked {ctx.Parse.GetValue(unlockName)}.");
        }, ct));

        return new Command("users", "Manage the web app's users and their access tokens")
        {
            add, list, change, disable, unlock, TokenCommand.Create(environment), AccessLogCommand.Create(environment),
        };
    }

    /// <summary>Runs <paramref name="body"/> with the account services of the command's database.</summary>
    internal static async Task<int> WithAccounts(CommandContext ctx, Func<IServiceProvider, Task> body, CancellationToken ct)
    {
        await using var provider = await AccountsRuntime.CreateAsync(ctx.Database, ct);
        await using var scope = provider.CreateAsyncScope();
        await body(scope.ServiceProvider);
        return ExitCodes.Ok;
    }
}
