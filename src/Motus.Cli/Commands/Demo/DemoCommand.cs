using System.CommandLine;
using Motus.Application.Simulation;
using Spectre.Console;

namespace Motus.Cli.Commands.Demo;

/// <summary><c>motus demo</c>: a simulated two-arm cell-therapy study written into the database, ready for <c>motus analyze</c> and <c>motus report study</c>.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var patients = new Option<int>("--patients") { Description = "Randomised patients", DefaultValueFactory = _ => 120, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the cohort, randomisation and adverse events", DefaultValueFactory = _ => 42UL, HelpName = "S" };
        var study = new Option<string>("--study") { Description = "Protocol id of the new demo study", DefaultValueFactory = _ => "DEMO", HelpName = "PROTOCOL" };
        var slope = new Option<double>("--slope-multiplier") { Description = "True effect of the cells on the speed of decline (1 = none; 0.75 = 25% slower)", DefaultValueFactory = _ => 1.0, HelpName = "M" };
        var hazard = new Option<double>("--hazard-ratio") { Description = "True effect on death or tracheostomy (1 = none)", DefaultValueFactory = _ => 1.0, HelpName = "HR" };
        var command = new Command("demo", "Create a simulated demo study (two randomised arms, intrathecal cell product or sham at weeks 0/8/16, adverse events) in the database, audited as user motus-demo")
        { patients, seed, study, slope, hazard };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var request = new CreateDemoStudyRequest(ctx.Parse.GetValue(patients), ctx.Parse.GetValue(seed), ctx.Parse.GetValue(study)!, ctx.Parse.GetValue(slope), ctx.Parse.GetValue(hazard));
            await ctx.Database.InitializeAsync(ct);
            var result = await Run(ctx, request, ct);
            if (ctx.Json)
            {
                ctx.WriteJson(new { study = result.ProtocolId, patients = result.Patients, result.Screened, result.Records, seconds = result.Elapsed.TotalSeconds, result.Method });
                return ExitCodes.Ok;
            }

            ctx.Console.WriteLine(result.Method);
            ctx.Console.WriteLine($"Created study {result.ProtocolId}: {string.Join(", ", result.Patients.Select(a => $"{a.Value} {a.Key}"))} ({result.Screened} simulated patients screened), {result.Records:N0} records, in {result.Elapsed.TotalSeconds:F1} s.");
            ctx.Console.WriteLine($"Next: motus analyze slopes --study {result.ProtocolId}; motus report study --study {result.ProtocolId} --out study.html");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<CreateDemoStudyResult> Run(CommandContext ctx, CreateDemoStudyRequest request, CancellationToken ct)
    {
        var demo = new CreateDemoStudy(ctx.Database);
        if (!ctx.ShowProgress)
        {
            return await demo.RunAsync(request, null, ct);
        }

        CreateDemoStudyResult? result = null;
        await ctx.Environment.CreateErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Simulating patients", maxValue: request.Patients);
                result = await demo.RunAsync(request, new Progress<DemoProgress>(p =>
                {
                    task.Description = p.Stage;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }), ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}
