using System.CommandLine;

namespace Motus.Cli.Commands;

/// <summary>
/// <c>motus stats …</c>: run an engine method on any CSV file, to cross-check against R. Every output names the method
/// and its options. One file per subcommand in this folder; shared pieces in <see cref="StatsOutput"/> and
/// <see cref="SurvivalColumns"/>.
/// </summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("stats", "Run a statistics method on a CSV file (R-equivalent numbers)")
        {
            KmCommand.Create(environment),
            CoxCommand.Create(environment),
            LogRankCommand.Create(environment),
            MetaCommand.Create(environment),
            LmmCommand.Create(environment),
            OlsCommand.Create(environment),
        };
}
