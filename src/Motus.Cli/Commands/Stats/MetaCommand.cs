using System.CommandLine;
using Motus.Application.Stats;
using Motus.Statistics.Meta;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary><c>motus stats meta</c>: fixed- or random-effects meta-analysis, as <c>metafor::rma</c>.</summary>
internal static class MetaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var yi = new Option<string>("--yi") { Description = "Column of effect sizes", Required = true, HelpName = "COLUMN" };
        var vi = new Option<string>("--vi") { Description = "Column of sampling variances", Required = true, HelpName = "COLUMN" };
        var method = new Option<string>("--method") { Description = "τ² estimator: reml (default), dl, pm, fe", DefaultValueFactory = _ => "reml", HelpName = "METHOD" };
        method.AcceptOnlyFromAmong("reml", "dl", "pm", "fe");
        var test = new Option<string>("--test") { Description = "Inference: z (default), knha (Hartung–Knapp), adhoc (modified Hartung–Knapp)", DefaultValueFactory = _ => "z", HelpName = "TEST" };
        test.AcceptOnlyFromAmong("z", "knha", "adhoc");
        var command = new Command("meta", "Fixed- or random-effects meta-analysis, as metafor::rma(yi, vi, method, test)") { csv, yi, vi, method, test };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var options = new MetaAnalysisOptions
            {
                Method = ctx.Parse.GetValue(method) switch
                {
                    "dl" => MetaMethod.DerSimonianLaird,
                    "pm" => MetaMethod.PauleMandel,
                    "fe" => MetaMethod.FixedEffect,
                    _ => MetaMethod.RestrictedMaximumLikelihood,
                },
                Test = ctx.Parse.GetValue(test) switch { "knha" => MetaTest.KnappHartung, "adhoc" => MetaTest.ModifiedKnappHartung, _ => MetaTest.Z },
            };
            var fit = MetaAnalysis.Fit(data.Numbers(ctx.Parse.GetValue(yi)!), data.Numbers(ctx.Parse.GetValue(vi)!), options);
            if (ctx.Json)
            {
                ctx.WriteJson(new
                {
                    method = options.Method,
                    test = fit.Test,
                    level = options.Level,
                    k = fit.K,
                    estimate = fit.Estimate,
                    se = fit.StandardError,
                    ciLower = fit.CiLower,
                    ciUpper = fit.CiUpper,
                    statistic = fit.Statistic,
                    pValue = fit.PValue,
                    df = fit.Df,
                    tau2 = fit.Tau2,
                    tau2Se = fit.Tau2StandardError,
                    tau = fit.Tau,
                    q = fit.Q,
                    qDf = fit.QDf,
                    qPValue = fit.QPValue,
                    i2 = fit.I2,
                    h2 = fit.H2,
                    prediction = fit.Prediction,
                    weights = fit.Weights,
                    warnings = fit.Diagnostics.Warnings,
                });
                return Task.FromResult(ExitCodes.Ok);
            }

            var c = ctx.Console;
            c.MarkupLineInterpolated($"Meta-analysis, k = {fit.K}; τ² estimator {options.Method}; test {fit.Test}; {options.Level:P0} CI  (R: metafor::rma)");
            var t = new Table().AddColumns("estimate", "se", "stat", "p", "ci.lb", "ci.ub");
            t.AddRow(F(fit.Estimate), F(fit.StandardError), F(fit.Statistic), F(fit.PValue), F(fit.CiLower), F(fit.CiUpper));
            c.Write(t);
            c.MarkupLineInterpolated($"tau^2 = {F(fit.Tau2)}  I^2 = {F(fit.I2)} %  H^2 = {F(fit.H2)}  Q({fit.QDf}) = {F(fit.Q)}, p = {F(fit.QPValue)}");
            Warnings(c, fit.Diagnostics.Warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
