using System.CommandLine;
using Motus.Application.Stats;
using Motus.Statistics.Survival;

namespace Motus.Cli.Commands;

/// <summary>The --time, --start and --event options shared by the survival commands, and reading them into <see cref="SurvivalData"/>.</summary>
internal sealed class SurvivalColumns
{
    public Option<string> Time { get; } = new("--time") { Description = "Exit (event or censoring) time column", Required = true, HelpName = "COLUMN" };

    public Option<string?> Start { get; } = new("--start") { Description = "Entry time column for left truncation, (start, time]", HelpName = "COLUMN" };

    public Option<string> Event { get; } = new("--event") { Description = "Event column: 1 = event, 0 = censored", Required = true, HelpName = "COLUMN" };

    public SurvivalData Read(ParseResult parse, CsvColumns data)
    {
        var exit = data.Numbers(parse.GetValue(Time)!);
        var events = data.Indicators(parse.GetValue(Event)!);
        return parse.GetValue(Start) is { } start
            ? SurvivalData.CountingProcess(data.Numbers(start), exit, events)
            : SurvivalData.RightCensored(exit, events);
    }
}
