using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Responders;
using Motus.Application;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary>
/// <c>motus analyze responders</c>: the "≥ X% slope reduction" responder rate with its exact interval, printed next to
/// every published natural-history null, always.
/// </summary>
internal static class AnalyzeRespondersCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var defaults = new ResponderOptions();
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient();
        var threshold = new Option<double>("--threshold") { Description = "A responder's slope slows by at least this percent: (post − pre)/|pre| ≥ threshold/100", DefaultValueFactory = _ => defaults.RelativeReduction * 100, HelpName = "PERCENT" };
        var dose = new Option<int>("--dose") { Description = "Dose number the lead-in and post periods are split at", DefaultValueFactory = _ => defaults.DoseNumber, HelpName = "N" };
        var pre = PrePostOptionsFactory.Create();
        var flat = new Option<double>("--flat-threshold") { Description = "The lead-in slope must be below −this (points/month) to define a reduction", DefaultValueFactory = _ => defaults.FlatPreSlopeThreshold, HelpName = "POINTS" };
        var nonDeclining = AnalyzeOptions.Choice("--non-declining", "POLICY", "exclude", "Patients with a flat or rising lead-in slope: exclude (not evaluable) or non-responder", "exclude", "non-responder");
        var missing = AnalyzeOptions.Choice("--missing", "POLICY", "exclude", "Patients without the administration or an estimable slope: exclude (not evaluable) or non-responder", "exclude", "non-responder");
        var level = AnalyzeOptions.Level();
        var command = new Command("responders", "Slope-responder rate (≥ X% slowing after a dose) with a Clopper–Pearson interval, always against the published natural-history nulls")
        { study, patient, threshold, dose, flat, nonDeclining, missing, level };
        pre.AddTo(command);
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var percent = p.GetValue(threshold);
            if (!(percent > 0 && double.IsFinite(percent)))
            {
                throw new MotusException(ExitCategory.Usage, $"--threshold {percent.ToString(CultureInfo.InvariantCulture)}: must be a positive percent.");
            }

            if (!(p.GetValue(flat) >= 0))
            {
                throw new MotusException(ExitCategory.Usage, "--flat-threshold must be 0 or more.");
            }

            var options = new ResponderOptions
            {
                RelativeReduction = percent / 100,
                DoseNumber = AnalyzeOptions.AtLeast(p, dose, 1),
                PrePost = pre.Read(p),
                FlatPreSlopeThreshold = p.GetValue(flat),
                NonDecliningPreSlope = Policy(p.GetValue(nonDeclining)!),
                MissingSlope = Policy(p.GetValue(missing)!),
                ConfidenceLevel = AnalyzeOptions.CheckLevel(p.GetValue(level)),
            };
            var request = new AnalyzeRespondersRequest(AnalyzeOptions.Scope(p, study, patient), options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeResponders(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            Print(ctx.Console, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static UnevaluablePolicy Policy(string value) => value == "non-responder" ? UnevaluablePolicy.CountAsNonResponder : UnevaluablePolicy.Exclude;

    private static void Print(IAnsiConsole console, AnalysisOutput<RespondersResult> output)
    {
        var r = output.Result.Rate;
        Header(console, output);
        var patients = Table(null, "Patient", "Status", "Lead-in slope", "Post slope", "Reduction", "Reason");
        foreach (var x in r.Patients)
        {
            Row(patients, x.PatientCode, x.Status.ToString(), N(x.PreSlope), N(x.PostSlope), x.SlopeReduction is { } s ? N(s * 100, 1) + "%" : "", x.Reason);
        }

        console.Write(patients);
        var ci = r.ConfidenceInterval;
        console.MarkupLineInterpolated($"Responders: {(r.Rate is null ? $"{r.Responders}/{r.Evaluable}: no evaluable patient, no rate" : Percent(r.Responders, r.Evaluable, r.Rate, ci?.Lower, ci?.Upper))}; {r.NotEvaluable} not evaluable");

        // The nulls are printed whatever the rate: a responder rate means nothing against 0%.
        var tails = r.PublishedNulls.ToDictionary(n => n.Null.Name, StringComparer.Ordinal);
        var nulls = Table("Natural-history nulls: rates of apparent response without treatment", "Null", "Rate", "Definition", "Same definition", "P(X ≥ k | n, rate)", "Source", "Caveat");
        foreach (var n in output.Result.NaturalHistoryNulls)
        {
            var tail = tails.GetValueOrDefault(n.Name);
            Row(nulls, n.Name, N(n.Rate * 100, 1) + "%", n.Definition, tail is null ? "" : Yes(tail.SameDefinition), tail is null ? "no rate" : P(tail.PValue), n.Citation, n.Caveat);
        }

        console.Write(nulls);
        Warnings(console, r.Warnings);
        Method(console, r.Method);
    }
}
