using System.CommandLine;
using System.Globalization;
using Motus.Application.Audit;
using Spectre.Console;
using static Motus.Cli.Commands.PatientsCommand;

namespace Motus.Cli.Commands;

/// <summary><c>motus audit verify|log</c>.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var verify = new Command("verify", "Check the audit trail's hash chain; exit code 2 when any row was edited, inserted or removed");
        verify.SetHandler(environment, async (ctx, ct) =>
        {
            var result = await new AuditQueries(ctx.Database).VerifyAsync(ct);
            if (ctx.Json)
            {
                ctx.WriteJson(new { intact = result.IsIntact, result.RowsChecked, problems = result.Problems });
            }
            else if (result.IsIntact)
            {
                ctx.Console.MarkupLineInterpolated($"Audit trail intact: {result.RowsChecked:N0} row(s) verified (SHA-256 hash chain).");
            }
            else
            {
                var t = new Table().AddColumns("Sequence", "Problem", "Detail");
                foreach (var p in result.Problems)
                {
                    t.AddRow(p.Sequence.ToString(CultureInfo.InvariantCulture), p.Kind.ToString(), Esc(p.Message));
                }

                ctx.Console.Write(t);
                ctx.Console.MarkupLineInterpolated($"[red]Audit trail BROKEN: {result.Problems.Count} problem(s) in {result.RowsChecked:N0} row(s).[/]");
            }

            return result.IsIntact ? ExitCodes.Ok : ExitCodes.DataError;
        });

        var patient = new Option<string?>("--patient") { Description = "Only changes to this patient's records", HelpName = "CODE" };
        var limit = new Option<int?>("--limit") { Description = "Only the newest N rows", HelpName = "N" };
        var log = new Command("log", "Show the audit trail: who changed what, when (UTC), old and new values, and why") { patient, limit };
        log.SetHandler(environment, async (ctx, ct) =>
        {
            var rows = await new AuditQueries(ctx.Database).LogAsync(ctx.Parse.GetValue(patient), ctx.Parse.GetValue(limit), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(rows);
                return ExitCodes.Ok;
            }

            var t = new Table().AddColumns("#", "When (UTC)", "Who", "Source", "Action", "Entity", "Field", "Old", "New", "Reason");
            foreach (var a in rows)
            {
                t.AddRow(a.Sequence.ToString(CultureInfo.InvariantCulture), a.Timestamp.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Esc(a.Actor),
                    a.Source.ToString(), a.Action.ToString(), Esc($"{a.EntityType} {a.EntityId}"), Esc(a.Field), Esc(Shorten(a.OldValue)), Esc(Shorten(a.NewValue)), Esc(a.Reason));
            }

            ctx.Console.Write(t);
            ctx.Console.MarkupLineInterpolated($"{rows.Count} row(s)");
            return ExitCodes.Ok;
        });

        return new Command("audit", "Audit trail: verify the hash chain, show the log") { verify, log };
    }

    private static string? Shorten(string? text) => text is { Length: > 80 } ? text[..77] + "..." : text;
}
