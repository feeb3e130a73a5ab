using System.CommandLine;

namespace Motus.Cli.Commands.Analyze;

/// <summary>
/// <c>motus analyze …</c>: the ALS analyses of Motus.Analysis on a study in the database. Every subcommand prints its
/// method line with the numbers, and with <c>--json</c> writes the result records. One file per subcommand in this
/// folder; shared options in <see cref="AnalyzeOptions"/>, printing in <see cref="AnalyzeOutput"/>.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("analyze", "Run the ALS analyses on a study in the database (staging, progression, prognosis, endpoints, survival, CAFS, responders, safety)")
        {
            AnalyzeStagingCommand.Create(environment),
            AnalyzeSlopesCommand.Create(environment),
            AnalyzeProgressionCommand.Create(environment),
            AnalyzePrognosisCommand.Create(environment),
            AnalyzeEndpointsCommand.Create(environment),
            AnalyzeSurvivalCommand.Create(environment),
            AnalyzeCoxCommand.Create(environment),
            AnalyzeLmmCommand.Create(environment),
            AnalyzeCafsCommand.Create(environment),
            AnalyzeRespondersCommand.Create(environment),
            AnalyzeSafetyCommand.Create(environment),
        };
}
