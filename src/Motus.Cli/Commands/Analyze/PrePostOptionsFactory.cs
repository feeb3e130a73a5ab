using System.CommandLine;
using Motus.Analysis.Progression;

namespace Motus.Cli.Commands.Analyze;

/// <summary>The pre/post window options shared by <c>progression</c> and <c>responders</c>, with the Analysis API's defaults.</summary>
internal sealed class PrePostOptionsFactory
{
    private static readonly PrePostOptions Defaults = new();

    private PrePostOptionsFactory()
    {
    }

    public Option<int> LeadIn { get; } = AnalyzeOptions.Days("--lead-in-days", Defaults.LeadInDays, "Lead-in window: ratings from this many days before the administration");

    public Option<int> Post { get; } = AnalyzeOptions.Days("--post-days", Defaults.PostDays, "Post window: ratings up to this many days after the administration");

    public Option<int> Tolerance { get; } = AnalyzeOptions.Days("--baseline-tolerance-days", Defaults.BaselineToleranceDays,
        "The baseline visit is the last rating at most this many days before the administration");

    public Option<string> Baseline { get; } = AnalyzeOptions.Choice("--baseline", "HANDLING", "shared",
        "shared: the baseline visit ends the lead-in slope and starts the post slope (usual; inflates apparent response); pre-only: lead-in slope only",
        "shared", "pre-only");

    public static PrePostOptionsFactory Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(LeadIn);
        command.Options.Add(Post);
        command.Options.Add(Tolerance);
        command.Options.Add(Baseline);
    }

    /// <summary>The options from the command line (validated by the use case).</summary>
    public PrePostOptions Read(ParseResult parse) => new()
    {
        LeadInDays = parse.GetValue(LeadIn),
        PostDays = parse.GetValue(Post),
        BaselineToleranceDays = parse.GetValue(Tolerance),
        Baseline = parse.GetValue(Baseline) == "pre-only" ? BaselineVisitHandling.PreOnly : BaselineVisitHandling.Shared,
    };
}
