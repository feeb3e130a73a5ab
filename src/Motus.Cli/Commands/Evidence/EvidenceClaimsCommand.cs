using System.CommandLine;
using Motus.Application.Evidence;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary>
/// <c>motus evidence claims</c>: every single-arm claim in the library beside the claim check's null (stated default
/// schedules, fixed seed and replicates), the claims the null cannot be computed for with what is missing, and the
/// randomised evidence.
/// </summary>
internal static class EvidenceClaimsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var replicates = new Option<long>("--replicates") { Description = "Untreated patients to simulate per claim and schedule", DefaultValueFactory = _ => 200_000, HelpName = "N" };
        var seed = new Option<long>("--seed") { Description = "Random seed (every claim and schedule uses it)", DefaultValueFactory = _ => 1, HelpName = "S" };
        var studies = new Option<int>("--studies") { Description = "Whole studies to simulate for P(X ≥ claimed) (default 0: exact binomial only)", DefaultValueFactory = _ => 0, HelpName = "N" };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (default: all cores); the result does not depend on it", HelpName = "N" };
        var data = DataOption();
        var command = new Command("claims", "Each single-arm claim beside what natural history alone gives (claim check null under stated assumptions) and the randomised evidence")
        { replicates, seed, studies, threads, data };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var options = new EvidenceClaimsOptions { Replicates = ctx.Parse.GetValue(replicates), Seed = ctx.Parse.GetValue(seed), Studies = ctx.Parse.GetValue(studies) };
            var result = await Task.Run(() => EvidenceClaims.Run(library, options, ctx.Parse.GetValue(threads), ct), ct);
            if (ctx.Json)
            {
                ctx.WriteJson(EvidenceClaimsJson.Of(result));
            }
            else
            {
                Print(ctx.Console, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole c, EvidenceClaimsResult r)
    {
        c.WriteLine("Motus gives no medical advice. A claim beside its null shows what chance and natural history alone can produce; it does not show whether the cells help.");
        foreach (var claim in r.Checked)
        {
            c.WriteLine();
            c.WriteLine($"{claim.Claim.Id} ({claim.StudyLabel}; {claim.Claim.Status.ToString().ToLowerInvariant()}): {claim.Claim.Text}");
            var o = claim.Observed;
            c.WriteLine($"Observed: {o.Successes}/{o.Trials} = {P(o.Estimate)} (95% exact CI {P(o.Lower)}–{P(o.Upper)})");
            foreach (var a in claim.Assumed)
            {
                c.WriteLine("Assumed: " + a);
            }

            var t = new Table().AddColumns("schedule (visits, months)", "null rate", "P(≥ claimed | null)", "null rate, σe × σ1 range", "P range");
            foreach (var s in claim.Scenarios)
            {
                t.AddRow(E($"{s.Window.Name} (pre {string.Join(",", s.Window.PreTimes)}; post {string.Join(",", s.Window.PostTimes)})"), $"{P(s.Result.NullRate)} (SE {P(s.Result.NullRateMonteCarloSe, 2)})", G(s.Result.BinomialTailProbability),
                    $"{P(s.GridNullRateMin)}–{P(s.GridNullRateMax)}", $"{G(s.GridTailMin)}–{G(s.GridTailMax)}");
            }

            c.Write(t);
        }

        c.WriteLine();
        c.WriteLine("Randomised evidence in the library:");
        foreach (var e in r.Randomised)
        {
            c.WriteLine($"  {e.StudyLabel} ({e.CellType ?? "?"}, {e.Route ?? "?"}): {e.Text}");
        }

        c.WriteLine();
        c.WriteLine("Claims the null cannot be computed for (nothing is guessed):");
        foreach (var u in r.Unchecked)
        {
            c.WriteLine($"  {u.Claim.Id} ({u.StudyLabel}): {u.Claim.Text}");
            c.WriteLine($"    missing: {string.Join("; ", u.Missing)}");
        }

        c.WriteLine();
        c.WriteLine("Method: " + r.Method);
        foreach (var caveat in r.Caveats)
        {
            c.WriteLine("Caveat: " + caveat);
        }
    }

    private static string P(double x, int digits = 1) => (x * 100).ToString("F" + digits, Inv) + "%";

    private static string G(double x) => x.ToString("G4", Inv);
}
