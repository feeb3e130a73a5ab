using System.CommandLine;
using Motus.Analysis.Evidence;
using Motus.Application.Analyses;
using Motus.Application.Evidence;
using Motus.Statistics.Meta;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary><c>motus evidence pool --outcome ae:&lt;category&gt;|efficacy:&lt;measure&gt;</c>: random-effects pooling, or a plain "too few studies".</summary>
internal static class EvidencePoolCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var outcome = new Option<string>("--outcome")
        {
            Description = $"ae:<category> ({string.Join(", ", EvidenceVocabulary.AdverseEventCategories)}) or efficacy:<measure> (e.g. efficacy:alsfrs-r-change-difference)",
            Required = true,
            HelpName = "OUTCOME",
        };
        var method = new Option<string>("--method") { Description = "τ² estimator: reml (default), dl, pm, fe", DefaultValueFactory = _ => "reml", HelpName = "METHOD" };
        method.AcceptOnlyFromAmong("reml", "dl", "pm", "fe");
        var hk = new Option<bool>("--hk") { Description = "Hartung–Knapp t test and interval (default true); false uses the Wald z test", DefaultValueFactory = _ => true, HelpName = "true|false" };
        var measure = new Option<string>("--measure") { Description = "Scale for adverse-event proportions: logit (default) or ft (Freeman–Tukey)", DefaultValueFactory = _ => "logit", HelpName = "SCALE" };
        measure.AcceptOnlyFromAmong("logit", "ft");
        var minStudies = new Option<int>("--min-studies") { Description = "Fewest comparable studies to pool (default 3)", DefaultValueFactory = _ => 3, HelpName = "K" };
        var timepoint = new Option<double?>("--timepoint") { Description = "Efficacy time point in months (default: each study's latest)", HelpName = "MONTHS" };
        var svg = new Option<FileInfo?>("--svg") { Description = "Write the forest plot as SVG", HelpName = "FILE" };
        var data = DataOption();
        var command = new Command("pool", "Pool adverse-event proportions or randomised efficacy (REML + Hartung–Knapp by default), or say plainly that too few studies exist")
        { outcome, method, hk, measure, minStudies, timepoint, svg, data };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var parsed = OptionGuard.Check(() => EvidenceOutcome.Parse(ctx.Parse.GetValue(outcome)!));
            var options = new EvidencePoolOptions
            {
                Method = ctx.Parse.GetValue(method) switch
                {
                    "dl" => MetaMethod.DerSimonianLaird,
                    "pm" => MetaMethod.PauleMandel,
                    "fe" => MetaMethod.FixedEffect,
                    _ => MetaMethod.RestrictedMaximumLikelihood,
                },
                Test = ctx.Parse.GetValue(hk) ? MetaTest.KnappHartung : MetaTest.Z,
                ProportionMeasure = ctx.Parse.GetValue(measure) == "ft" ? EffectMeasure.FreemanTukeyProportion : EffectMeasure.LogitProportion,
                MinimumStudies = ctx.Parse.GetValue(minStudies),
                TimepointMonths = ctx.Parse.GetValue(timepoint),
            };
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var result = OptionGuard.Check(() => EvidencePooling.Pool(library, parsed, options));
            if (ctx.Parse.GetValue(svg) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, ForestPlot.Render(result), ct);
            }

            if (ctx.Json)
            {
                var fit = result.Fit;
                ctx.WriteJson(new
                {
                    outcome = result.Outcome.ToString(),
                    method = result.Method,
                    pooled = result.Pooled,
                    notPooledReason = result.NotPooledReason,
                    k = result.Studies.Count,
                    estimate = result.Estimate,
                    ciLower = result.ConfidenceInterval?.Lower,
                    ciUpper = result.ConfidenceInterval?.Upper,
                    piLower = result.PredictionInterval?.Lower,
                    piUpper = result.PredictionInterval?.Upper,
                    analysisScale = fit is null ? null : new { estimate = fit.Estimate, se = fit.StandardError, ciLower = fit.CiLower, ciUpper = fit.CiUpper, pValue = fit.PValue, df = fit.Df },
                    tau2 = fit?.Tau2,
                    i2 = fit?.I2,
                    q = fit?.Q,
                    qDf = fit?.QDf,
                    qPValue = fit?.QPValue,
                    studies = result.Studies,
                    excluded = result.Excluded,
                    caveats = result.Caveats,
                    warnings = fit?.Diagnostics.Warnings ?? [],
                    svg = ctx.Parse.GetValue(svg)?.FullName,
                });
                return ExitCodes.Ok;
            }

            Print(ctx.Console, result);
            if (ctx.Parse.GetValue(svg) is { } f)
            {
                ctx.Console.WriteLine($"Forest plot: {f.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole c, EvidencePoolResult r)
    {
        c.WriteLine($"Outcome {r.Outcome}. Method: {r.Method}");
        var t = new Table().AddColumns("study", "events/n", "estimate", "CI", "weight %", "what");
        foreach (var s in r.Studies)
        {
            t.AddRow(E(s.StudyId), s.Events is null ? "-" : $"{s.Events}/{s.N}", F(s.Estimate), E($"[{F(s.CiLower)}, {F(s.CiUpper)}]"), F(s.WeightPercent), E(s.Detail));
        }

        c.Write(t);
        foreach (var x in r.Excluded)
        {
            c.WriteLine($"Left out: {x.StudyId}: {x.Reason}");
        }

        if (r.Fit is { } fit)
        {
            c.WriteLine($"Pooled: {F(r.Estimate)} [{F(r.ConfidenceInterval!.Value.Lower)}, {F(r.ConfidenceInterval.Value.Upper)}], p = {F(fit.PValue)}" +
                (r.PredictionInterval is { } pi ? $"; prediction interval [{F(pi.Lower)}, {F(pi.Upper)}]" : ""));
            c.WriteLine($"Heterogeneity: tau^2 = {F(fit.Tau2)}, I^2 = {F(fit.I2)} %, Q({fit.QDf}) = {F(fit.Q)}, p = {F(fit.QPValue)}");
            foreach (var w in fit.Diagnostics.Warnings)
            {
                c.WriteLine("Warning: " + w);
            }
        }
        else
        {
            c.WriteLine("Not pooled. " + r.NotPooledReason);
        }

        foreach (var caveat in r.Caveats)
        {
            c.WriteLine("Caveat: " + caveat);
        }
    }
}
