using System.CommandLine;
using Motus.Analysis.Progression;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze progression --patient CODE</c>: ΔFS at every rating, slopes, D50 and the pre/post comparison at a dose.</summary>
internal static class AnalyzeProgressionCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient("The patient (code)", required: true);
        var scale = AnalyzeOptions.Scale();
        var original = AnalyzeOptions.Choice("--original-alsfrs", "HANDLING", "refuse",
            "ΔFS of original 40-point ALSFRS ratings: refuse (not estimable) or own-maximum ((40 − total)/months, not comparable with ALSFRS-R)", "refuse", "own-maximum");
        var dose = new Option<int>("--dose") { Description = "Dose number the pre/post comparison pivots on", DefaultValueFactory = _ => 1, HelpName = "N" };
        var pre = PrePostOptionsFactory.Create();
        var command = new Command("progression", "One patient's progression: ΔFS at every rating, OLS slope, onset-anchored slope, D50 sigmoid fit, lead-in vs post slope at a dose")
        { study, patient, scale, original, dose };
        pre.AddTo(command);
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var request = new AnalyzeProgressionRequest(AnalyzeOptions.Scope(p, study, patient), AnalyzeOptions.ParseScale(p.GetValue(scale)!),
                p.GetValue(original) == "own-maximum" ? OriginalAlsfrsHandling.OwnMaximum : OriginalAlsfrsHandling.Refuse,
                AnalyzeOptions.AtLeast(p, dose, 1), pre.Read(p), new D50Options());
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeProgression(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            Print(ctx.Console, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, AnalysisOutput<PatientProgression> output)
    {
        var r = output.Result;
        Header(console, output);
        var dfs = Table("ΔFS at every rating (points/month since onset, positive = decline)", "Date", "Scale", "Total", "Months since onset", "ΔFS", "Note");
        foreach (var d in r.DeltaFs)
        {
            Row(dfs, D(d.Date), d.Scale.ToString(), I(d.Total), N(d.MonthsSinceOnset, 2), N(d.Value), d.NotEstimableReason ?? string.Join(" ", d.Warnings));
        }

        console.Write(dfs);
        if (r.DeltaFs.Count > 0)
        {
            Method(console, r.DeltaFs[0].Method);
        }

        var slopes = Table("Slopes over every rating (points/month, negative = decline)", "Fit", "Slope", "SE", "Intercept", "n", "Span (months)", "Note");
        foreach (var (name, s) in new[] { ("OLS, time 0 = first rating", r.Slope), ("Onset-anchored (onset, 48)", r.OnsetAnchoredSlope) })
        {
            Row(slopes, name, N(s.Slope), N(s.StandardError), N(s.Intercept, 2), I(s.PointCount), N(s.SpanMonths, 1), s.NotEstimableReason ?? string.Join(" ", s.Warnings));
        }

        console.Write(slopes);
        Method(console, r.Slope.Method);
        Method(console, r.OnsetAnchoredSlope.Method);

        var d50 = r.D50;
        if (d50.Estimable)
        {
            console.MarkupLineInterpolated($"D50 = {N(d50.D50, 1)} months since onset (SE {N(d50.D50StandardError, 1)}), dx = {N(d50.Dx, 2)} (SE {N(d50.DxStandardError, 2)}), steepest decline {N(d50.SteepestDeclinePerMonth, 2)} points/month, aggressiveness {d50.Aggressiveness}; {d50.PointCount} ratings");
        }
        else
        {
            console.MarkupLineInterpolated($"D50 not estimable: {d50.NotEstimableReason}");
        }

        Warnings(console, d50.Warnings);
        Method(console, d50.Method);

        if (r.PrePost is not { } c)
        {
            console.MarkupLineInterpolated($"Pre/post: {r.PrePostNote}");
            return;
        }

        var pp = Table($"Lead-in vs post slope around dose {r.DoseNumber} ({D(c.AdministrationDate)})", "Period", "Window", "Slope", "SE", "n", "Note");
        Row(pp, "Lead-in", c.LeadIn.ToString(), N(c.PreSlope.Slope), N(c.PreSlope.StandardError), I(c.PreSlope.PointCount), c.PreSlope.NotEstimableReason ?? "");
        Row(pp, "Post", c.Post.ToString(), N(c.PostSlope.Slope), N(c.PostSlope.StandardError), I(c.PostSlope.PointCount), c.PostSlope.NotEstimableReason ?? "");
        console.Write(pp);
        console.MarkupLineInterpolated($"Post − pre = {N(c.Difference)} points/month (SE {N(c.DifferenceStandardError)}; covariance from the shared baseline {P(c.Covariance)}), relative change {(c.RelativeChange is { } rc ? N(rc * 100, 1) + "%" : "NA")}; baseline visit {(c.BaselineVisitDate is { } b ? D(b) : "none")}");
        Warnings(console, c.Warnings);
        Method(console, c.Method);
        console.MarkupLine("[yellow]A single patient's pre/post change is biased without a control (regression to the mean, shared baseline, non-linear decline): see `motus analyze responders` for the natural-history nulls.[/]");
    }
}
