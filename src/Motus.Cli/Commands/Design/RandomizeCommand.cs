using System.CommandLine;
using System.Globalization;
using Motus.Application;
using Motus.Application.Analyses;
using Motus.Application.Randomisation;
using Motus.Cli.Commands.Claim;
using Motus.Simulation.Randomisation;
using Spectre.Console;

namespace Motus.Cli.Commands.Design;

/// <summary>
/// <c>motus design randomize</c>: a seeded allocation list (stratified permuted blocks with random block sizes), or
/// Pocock–Simon minimisation of a patients file, written as CSV (formats in docs/methods/randomisation.md).
/// </summary>
internal static class RandomizeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var method = new Option<string>("--method") { Description = "blocks: permuted blocks (a list made in advance); minimisation: Pocock–Simon over --patients", DefaultValueFactory = _ => "blocks", HelpName = "blocks|minimisation" };
        method.AcceptOnlyFromAmong("blocks", "minimisation");
        var arms = new Option<string>("--arms") { Description = "Arm names, comma-separated (e.g. A,B)", Required = true, HelpName = "LIST" };
        var ratio = new Option<string?>("--ratio") { Description = "Allocation ratio, e.g. 3:1 or 1:1:1 (default: equal; minimisation requires equal)", HelpName = "A:B" };
        var blockSizes = new Option<string?>("--block-sizes") { Description = "Block sizes, multiples of the ratio sum, one drawn at random per block (default: 1× and 2× the ratio sum)", HelpName = "LIST" };
        var strata = new Option<string?>("--strata") { Description = "Stratification factors: \"site=S1,S2;onset=bulbar,limb\" (one list per combination)", HelpName = "SPEC" };
        var n = new Option<int?>("--n") { Description = "Allocations per stratum (blocks)", HelpName = "N" };
        var seed = new Option<long>("--seed") { Description = "Random seed (required: the list must be reproducible)", Required = true, HelpName = "S" };
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true, HelpName = "FILE" };
        var factors = new Option<string?>("--factors") { Description = "Minimisation factors (columns of --patients), optionally weighted: site=1,onset=2 (default weight 1)", HelpName = "LIST" };
        var patients = new Option<FileInfo?>("--patients") { Description = "Minimisation: CSV with patient_id and one column per factor, in enrolment order", HelpName = "FILE" };
        var probability = new Option<double>("--probability") { Description = "Minimisation: probability of assigning the arm that minimises imbalance", DefaultValueFactory = _ => 0.8, HelpName = "P" };
        var command = new Command("randomize", "Seeded randomisation list: stratified permuted blocks with random block sizes, or Pocock–Simon minimisation (CSV)")
        { method, arms, ratio, blockSizes, strata, n, seed, output, factors, patients, probability };
        command.SetHandler(environment, (ctx, _) =>
        {
            var p = ctx.Parse;
            var armNames = CliLists.Words(p.GetValue(arms));
            var ratioValues = Ratio(p.GetValue(ratio), armNames.Length);
            var path = p.GetValue(output)!.FullName;
            string description;
            IEnumerable<(string Stratum, string Arm)> allocated;
            if (p.GetValue(method) == "minimisation")
            {
                if (p.GetValue(patients) is not { } file || p.GetValue(factors) is not { } factorText)
                {
                    throw new MotusException(ExitCategory.Usage, "--method minimisation needs --patients and --factors.");
                }

                if (ratioValues.Distinct().Count() > 1)
                {
                    throw new MotusException(ExitCategory.Usage, "Minimisation here supports equal allocation only; drop --ratio or use --method blocks.");
                }

                var options = new MinimisationOptions(armNames, Factors(factorText), p.GetValue(probability), p.GetValue(seed));
                var assignments = OptionGuard.Check(() => Minimisation.Assign(options, RandomisationFiles.ReadPatients(file.FullName, [.. options.Factors.Select(f => f.Name)])));
                RandomisationFiles.WriteAssignments(path, options, assignments);
                description = Minimisation.Describe(options);
                allocated = assignments.Select(a => ("all patients", a.Arm));
            }
            else
            {
                var perStratum = p.GetValue(n) ?? throw new MotusException(ExitCategory.Usage, "--method blocks needs --n (allocations per stratum).");
                var sum = ratioValues.Sum();
                var sizes = p.GetValue(blockSizes) is { } b ? CliLists.Numbers(b, "--block-sizes").Select(ToInt).ToArray() : [sum, 2 * sum];
                var list = OptionGuard.Check(() => PermutedBlocks.Generate(new BlockRandomisationOptions(new ArmAllocation(armNames, ratioValues), sizes, Strata(p.GetValue(strata)), perStratum, p.GetValue(seed))));
                RandomisationFiles.WriteList(path, list);
                description = list.Method;
                allocated = list.Entries.Select(e => (e.Stratum.Count == 0 ? "all" : string.Join(";", list.Factors.Zip(e.Stratum, (f, l) => $"{f}={l}")), e.Arm));
            }

            var counts = allocated.GroupBy(x => x.Stratum).Select(g => new { stratum = g.Key, arms = armNames.ToDictionary(a => a, a => g.Count(x => x.Arm == a)) }).ToList();
            if (ctx.Json)
            {
                ctx.WriteJson(new { method = description, seed = p.GetValue(seed), file = path, allocations = counts.Sum(c => c.arms.Values.Sum()), counts });
                return Task.FromResult(ExitCodes.Ok);
            }

            ctx.Console.WriteLine(description);
            ctx.Console.WriteLine($"Wrote {counts.Sum(c => c.arms.Values.Sum())} allocations to {path}");
            var table = new Table().AddColumn("Stratum");
            foreach (var a in armNames)
            {
                table.AddColumn(a);
            }

            foreach (var c in counts)
            {
                table.AddRow([c.stratum, .. armNames.Select(a => c.arms[a].ToString(CultureInfo.InvariantCulture))]);
            }

            ctx.Console.Write(table);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static int[] Ratio(string? text, int arms)
    {
        if (text is null)
        {
            return [.. Enumerable.Repeat(1, arms)];
        }

        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        var values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]) || values[i] < 1)
            {
                throw new MotusException(ExitCategory.Usage, $"--ratio '{text}': use positive integers separated by ':' (e.g. 3:1).");
            }
        }

        return values.Length == arms ? values : throw new MotusException(ExitCategory.Usage, $"--ratio '{text}' has {values.Length} parts for {arms} arms.");
    }

    private static int ToInt(double x) =>
        x == Math.Floor(x) && x is >= 1 and <= 10_000 ? (int)x : throw new MotusException(ExitCategory.Usage, $"--block-sizes: {x.ToString(CultureInfo.InvariantCulture)} is not a whole number between 1 and 10000.");

    private static List<StratificationFactor> Strata(string? text)
    {
        var result = new List<StratificationFactor>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var levels = eq > 0 ? CliLists.Words(part[(eq + 1)..]) : [];
            if (eq <= 0 || levels.Length == 0)
            {
                throw new MotusException(ExitCategory.Usage, $"--strata: '{part}' is not factor=level1,level2.");
            }

            result.Add(new StratificationFactor(part[..eq].Trim(), levels));
        }

        return result;
    }

    private static List<MinimisationFactor> Factors(string text) =>
        [.. CliLists.Words(text).Select(w =>
        {
            var eq = w.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                return new MinimisationFactor(w, 1);
            }

            return double.TryParse(w[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                ? new MinimisationFactor(w[..eq], weight)
                : throw new MotusException(ExitCategory.Usage, $"--factors: '{w}' is not name or name=weight.");
        })];
}
