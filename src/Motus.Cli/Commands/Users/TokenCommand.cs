using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Accounts;
using Motus.Data.Auditing;
using Spectre.Console;

namespace Motus.Cli.Commands.Users;

/// <summary><c>motus users token create|list|revoke</c>: personal access tokens for the REST API.</summary>
public static class TokenCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var user = new Argument<string>("USER") { Description = "The token's owner" };
        var tokenName = new Option<string>("--name") { Description = "What the token is for", Required = true, HelpName = "TEXT" };
        var days = new Option<int>("--days") { Description = "Days until it expires (1–366)", DefaultValueFactory = _ => (int)AccessTokens.DefaultLifetime.TotalDays, HelpName = "N" };
        var create = new Command("create", "Create a token; its secret is printed once (only its SHA-256 is stored)") { user, tokenName, days };
        create.SetHandler(environment, (ctx, ct) => UsersCommand.WithAccounts(ctx, async sp =>
        {
            var created = await sp.GetRequiredService<AccessTokens>().CreateAsync(ctx.Parse.GetValue(user)!, ctx.Parse.GetValue(tokenName)!, TimeSpan.FromDays(ctx.Parse.GetValue(days)), new ChangeContext(CommandContext.Actor, AuditSource.Cli), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(created);
                return;
            }

            ctx.Console.MarkupLineInterpolated($"Token {created.Token.Id} expires {created.Token.ExpiresAt:yyyy-MM-dd}. Use it as  Authorization: Bearer {created.Secret}");
            ctx.Console.MarkupLine("The secret is shown only now.");
        }, ct));

        var listUser = new Argument<string>("USER") { Description = "The owner" };
        var list = new Command("list", "List a user's tokens (never their secrets)") { listUser };
        list.SetHandler(environment, (ctx, ct) => UsersCommand.WithAccounts(ctx, async sp =>
        {
            var tokens = await sp.GetRequiredService<AccessTokens>().ListAsync(ctx.Parse.GetValue(listUser)!, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(tokens);
                return;
            }

            var table = new Table().AddColumns("Id", "Name", "Created", "Expires", "Last used", "Status");
            foreach (var t in tokens)
            {
                table.AddRow(t.Id.ToString(), Markup.Escape(t.Name), t.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    t.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.LastUsedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never", t.Status);
            }

            ctx.Console.Write(table);
        }, ct));

        var revokeUser = new Argument<string>("USER") { Description = "The owner" };
        var id = new Argument<Guid>("ID") { Description = "The token's id (from 'motus users token list')" };
        var revoke = new Command("revoke", "Revoke a token at once") { revokeUser, id };
        revoke.SetHandler(environment, (ctx, ct) => UsersCommand.WithAccounts(ctx, async sp =>
        {
            await sp.GetRequiredService<AccessTokens>().RevokeAsync(ctx.Parse.GetValue(revokeUser)!, ctx.Parse.GetValue(id), new ChangeContext(CommandContext.Actor, AuditSource.Cli), ct);
            ctx.Console.MarkupLineInterpolated($"Revoked {ctx.Parse.GetValue(id)}.");
        }, ct));

        return new Command("token", "Personal access tokens for scripts (Authorization: Bearer …)") { create, list, revoke };
    }
}
