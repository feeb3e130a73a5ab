using System.CommandLine;
using Motus.Cli.Commands;

namespace Motus.Cli;

/// <summary>The <c>motus</c> command line: builds the command tree and runs it.</summary>
public static class MotusCli
{
    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("Motus: data capture and honest analysis for ALS cell-therapy studies. Gives no medical advice.")
        {
            HelpName = "motus",
        };
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Connection);
        root.Options.Add(GlobalOptions.JsonOutput);
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(PatientsCommand.Create(environment));
        root.Subcommands.Add(AuditCommand.Create(environment));
        root.Subcommands.Add(StatsCommand.Create(environment));
        root.Subcommands.Add(ReportCommand.Create(environment));
        root.Subcommands.Add(Commands.Design.DesignCommand.Create(environment));
        root.Subcommands.Add(Commands.Analyze.AnalyzeCommand.Create(environment));
        root.Subcommands.Add(Commands.Evidence.EvidenceCommand.Create(environment));
        root.Subcommands.Add(Commands.Claim.ClaimCommand.Create(environment));
        root.Subcommands.Add(Commands.Serve.ServeCommand.Create(environment));
        root.Subcommands.Add(Commands.Users.UsersCommand.Create(environment));
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken ct = default)
    {
        var parse = Build(environment).Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = environment.Out, Error = environment.Error }, ct);
    }
}
