using System.CommandLine;

namespace Motus.Cli.Commands.Claim;

/// <summary><c>motus claim</c>: judge published single-arm claims against what natural history alone would give.</summary>
public static class ClaimCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("claim", "Judge single-arm efficacy claims against natural history alone (no treatment effect)") { ClaimCheckCommand.Create(environment) };
}
