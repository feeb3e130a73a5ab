using System.CommandLine;
using System.Globalization;
using Motus.Application.Simulation;
using Motus.Simulation.NaturalHistory;
using Motus.Simulation.NaturalHistory.Calibration;
using Spectre.Console;

namespace Motus.Cli.Commands.Simulate;

/// <summary><c>motus simulate cohort</c> (PRO-ACT CSV of a natural-history cohort) and <c>motus simulate calibrate</c>.</summary>
public static class SimulateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("simulate", "Simulate ALS natural history (seeded; docs/methods/natural-history.md)") { Cohort(environment), Calibrate(environment) };

    private static Command Cohort(CliEnvironment environment)
    {
        var patients = new Option<int>("--patients") { Description = "Number of patients", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var seed = Seed();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the PRO-ACT CSV forms (created when missing)", Required = true, HelpName = "DIR" };
        var (residual, curvature, drift) = ModelOptions();
        var command = new Command("cohort", "Generate a natural-history cohort as PRO-ACT CSV forms that 'motus import proact' reads (day 0 = enrolment)")
        { patients, seed, output, residual, curvature, drift };
        command.SetHandler(environment, (ctx, _) =>
        {
            var parameters = Parameters(ctx, residual, curvature, drift);
            var result = SimulateCohort.Run(new SimulateCohortRequest(ctx.Parse.GetValue(patients), ctx.Parse.GetValue(seed), ctx.Parse.GetValue(output)!.FullName, parameters));
            if (ctx.Json)
            {
                ctx.WriteJson(new { result.Patients, result.Rows, result.Files, result.Deaths, seconds = result.Elapsed.TotalSeconds, result.Method });
                return Task.FromResult(ExitCodes.Ok);
            }

            ctx.Console.WriteLine(result.Method);
            ctx.Console.WriteLine(FormattableString.Invariant($"Wrote {result.Patients:N0} patients, {result.Rows:N0} rows in {result.Files.Count} files to {ctx.Parse.GetValue(output)!.FullName} in {result.Elapsed.TotalSeconds:F1} s."));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Calibrate(CliEnvironment environment)
    {
        var patients = new Option<int>("--patients") { Description = "Cohort size", DefaultValueFactory = _ => NaturalHistoryCalibration.DefaultPatients, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Cohort seed", DefaultValueFactory = _ => NaturalHistoryCalibration.DefaultSeed, HelpName = "S" };
        var (residual, curvature, drift) = ModelOptions();
        var command = new Command("calibrate", "Compare a generated cohort with the published natural-history targets (each with its source and band)")
        { patients, seed, residual, curvature, drift };
        command.SetHandler(environment, (ctx, _) =>
        {
            var n = ctx.Parse.GetValue(patients);
            if (n < 100)
            {
                throw new Application.MotusException($"--patients {n}: at least 100 are needed.");
            }

            var parameters = Parameters(ctx, residual, curvature, drift);
            var report = NaturalHistoryCalibration.Run(SimulateCohort.Create(parameters, null).Parameters, n, ctx.Parse.GetValue(seed));
            if (ctx.Json)
            {
                ctx.WriteJson(new { report.Patients, report.Seed, report.AllPassed, report.Method, targets = report.Targets.Select(t => new { t.Name, t.Published, t.Source, t.Definition, t.Low, t.High, t.Value, t.Eligible, t.Passed }) });
                return Task.FromResult(report.AllPassed ? ExitCodes.Ok : ExitCodes.DataError);
            }

            ctx.Console.WriteLine($"Calibration: {report.Method}");
            var table = new Table().AddColumns("Target", "Published", "Band", "Generated", "n", "", "Source");
            foreach (var t in report.Targets)
            {
                table.AddRow(Markup.Escape(t.Name), Markup.Escape(t.Published), F($"{t.Low:0.##} – {t.High:0.##}"), F($"{t.Value:0.###}"), F($"{t.Eligible:N0}"),
                    t.Passed ? "[green]in band[/]" : "[red]OUT[/]", Markup.Escape(t.Source));
            }

            ctx.Console.Write(table);
            ctx.Console.WriteLine(report.AllPassed ? "Every target is met." : $"{report.Targets.Count(t => !t.Passed)} target(s) missed.");
            return Task.FromResult(report.AllPassed ? ExitCodes.Ok : ExitCodes.DataError);
        });
        return command;
    }

    private static Option<ulong> Seed() => new("--seed") { Description = "Seed; the same seed gives byte-identical output", DefaultValueFactory = _ => 1UL, HelpName = "S" };

    private static (Option<double?> Residual, Option<double?> Curvature, Option<double?> Drift) ModelOptions() =>
    (
        new Option<double?>("--residual-sd") { Description = FormattableString.Invariant($"Within-patient ALSFRS-R residual SD, points [unverified; default {NaturalHistoryParameters.Default.ResidualSd}]"), HelpName = "SD" },
        new Option<double?>("--curvature") { Description = FormattableString.Invariant($"Median curvature exponent of decline, 1 = linear [unverified; default {NaturalHistoryParameters.Default.CurvatureMedian}]"), HelpName = "P" },
        new Option<double?>("--slope-drift") { Description = FormattableString.Invariant($"SD per √month of the random walk on the speed of decline [unverified; default {NaturalHistoryParameters.Default.SlopeDriftSd}]"), HelpName = "SD" }
    );

    private static NaturalHistoryParameters Parameters(CommandContext ctx, Option<double?> residual, Option<double?> curvature, Option<double?> drift)
    {
        var d = NaturalHistoryParameters.Default;
        return d with
        {
            ResidualSd = ctx.Parse.GetValue(residual) ?? d.ResidualSd,
            CurvatureMedian = ctx.Parse.GetValue(curvature) ?? d.CurvatureMedian,
            SlopeDriftSd = ctx.Parse.GetValue(drift) ?? d.SlopeDriftSd,
        };
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
