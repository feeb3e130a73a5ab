using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application;
using Motus.Application.Accounts;
using Spectre.Console;

namespace Motus.Cli.Commands.Users;

/// <summary><c>motus users access-log</c>: sign-ins, lockouts, sign-outs and token use of the web app, newest first.</summary>
public static class AccessLogCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var user = new Option<string?>("--user") { Description = "Only this user name (for refused sign-ins: as typed)", HelpName = "NAME" };
        var since = new Option<string?>("--since") { Description = "Only from this UTC date (yyyy-MM-dd) or instant (yyyy-MM-ddTHH:mm:ssZ)", HelpName = "DATE" };
        var limit = new Option<int?>("--limit") { Description = "Only the newest N rows (default: every matching row)", HelpName = "N" };
        var command = new Command("access-log", "Show the access log: sign-ins (refusals with their class), lockouts, sign-outs, token use (at most one row a minute per token)")
        {
            user, since, limit,
        };
        command.SetHandler(environment, (ctx, ct) => UsersCommand.WithAccounts(ctx, async sp =>
        {
            if (ctx.Parse.GetValue(limit) is <= 0)
            {
                throw new MotusException(ExitCategory.Usage, $"--limit must be at least 1 ({ctx.Parse.GetValue(limit)} given).");
            }

            var query = new AccessLogQuery(ctx.Parse.GetValue(user), ParseSince(ctx.Parse.GetValue(since)), Limit: ctx.Parse.GetValue(limit));
            var rows = await sp.GetRequiredService<AccessLog>().QueryAsync(query, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(rows);
                return;
            }

            var table = new Table().AddColumns("#", "When (UTC)", "Event", "Outcome", "User", "Address", "User agent", "Token / detail");
            foreach (var r in rows)
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.Event.ToString(),
                    r.Outcome.ToString(), Markup.Escape(r.KnownUser ? r.UserName : $"{r.UserName} (no such user)"), Markup.Escape(r.RemoteIp ?? "unknown"),
                    Markup.Escape(r.UserAgent ?? ""), Markup.Escape(r.TokenId?.ToString() ?? r.Detail ?? ""));
            }

            ctx.Console.Write(table);
            ctx.Console.MarkupLineInterpolated($"{rows.Count} row(s), newest first");
        }, ct));
        return command;
    }

    /// <summary>A date is midnight UTC of that day; an instant must carry its offset (Z or ±hh:mm).</summary>
    internal static DateTimeOffset? ParseSince(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if ((trimmed.EndsWith('Z') || trimmed.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }

        throw new MotusException(ExitCategory.Usage, $"--since: '{text}' is neither a date (yyyy-MM-dd) nor an instant with its offset (yyyy-MM-ddTHH:mm:ssZ).");
    }
}
