using System.CommandLine;
using Motus.Application.Stats;
using Motus.Statistics.Survival;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary><c>motus stats cox</c>: Cox proportional hazards, as <c>survival::coxph</c>.</summary>
internal static class CoxCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var survivalColumns = new SurvivalColumns();
        var covariates = new Option<string>("--covariates") { Description = "Comma-separated numeric covariate columns", Required = true, HelpName = "A,B" };
        var ties = new Option<string>("--ties") { Description = "Tie handling: efron (default, as coxph) or breslow", DefaultValueFactory = _ => "efron", HelpName = "TIES" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var cluster = new Option<string?>("--cluster") { Description = "Cluster column for robust (sandwich) SEs", HelpName = "COLUMN" };
        var robust = new Option<bool>("--robust") { Description = "Robust (sandwich) standard errors" };
        var command = new Command("cox", "Cox proportional hazards, as survival::coxph(Surv(time, event) ~ covariates, ties = …)")
        { csv, survivalColumns.Time, survivalColumns.Start, survivalColumns.Event, covariates, ties, cluster, robust };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var survival = survivalColumns.Read(ctx.Parse, data);
            var names = ctx.Parse.GetValue(covariates)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var x = new double[data.RowCount, names.Length];
            for (var j = 0; j < names.Length; j++)
            {
                var column = data.Numbers(names[j]);
                for (var i = 0; i < column.Length; i++)
                {
                    x[i, j] = column[i];
                }
            }

            int[]? clusters = null;
            if (ctx.Parse.GetValue(cluster) is { } c)
            {
                var labels = data.Strings(c);
                var index = labels.Distinct(StringComparer.Ordinal).Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
                clusters = labels.Select(l => index[l]).ToArray();
            }

            var options = new CoxOptions
            {
                Ties = ctx.Parse.GetValue(ties) == "breslow" ? TiesMethod.Breslow : TiesMethod.Efron,
                Robust = ctx.Parse.GetValue(robust) || clusters is not null,
            };
            var fit = CoxRegression.Fit(survival, x, names, cluster: clusters, options: options);
            if (ctx.Json)
            {
                ctx.WriteJson(new
                {
                    ties = options.Ties,
                    robust = fit.Robust,
                    n = fit.N,
                    events = fit.Events,
                    coefficients = fit.Coefficients,
                    logLikelihoodNull = fit.LogLikelihoodNull,
                    logLikelihood = fit.LogLikelihood,
                    likelihoodRatio = fit.LikelihoodRatio,
                    wald = fit.Wald,
                    score = fit.Score,
                    robustScore = fit.RobustScore,
                    concordance = fit.Concordance.Value,
                    concordanceSe = fit.Concordance.StdErr,
                    converged = fit.Diagnostics.Converged,
                    iterations = fit.Diagnostics.Iterations,
                    warnings = fit.Diagnostics.Warnings,
                });
                return Task.FromResult(ExitCodes.Ok);
            }

            var console = ctx.Console;
            console.MarkupLineInterpolated($"Cox proportional hazards, ties = {options.Ties}; n = {fit.N}, events = {fit.Events}{(fit.Robust ? "; robust (sandwich) SE" : "")}  (R: survival::coxph)");
            var table = new Table().AddColumns("term", "coef", "exp(coef)", "se(coef)", fit.Robust ? "robust se" : "", "z", "p");
            foreach (var k in fit.Coefficients)
            {
                table.AddRow(Markup.Escape(k.Name), F(k.Estimate), F(k.HazardRatio), F(k.StdErr), fit.Robust ? F(k.RobustStdErr) : "", F(k.Z), F(k.PValue));
            }

            console.Write(table);
            console.MarkupLineInterpolated($"Likelihood ratio = {F(fit.LikelihoodRatio.Statistic)} on {fit.LikelihoodRatio.DegreesOfFreedom} df, p = {F(fit.LikelihoodRatio.PValue)}; Wald = {F(fit.Wald.Statistic)}; score = {F(fit.Score.Statistic)}; concordance = {F(fit.Concordance.Value)}");
            Warnings(console, fit.Diagnostics.Warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
