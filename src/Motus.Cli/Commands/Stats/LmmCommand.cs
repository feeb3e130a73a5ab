using System.CommandLine;
using Motus.Application.Stats;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary><c>motus stats lmm</c>: linear mixed model, as <c>lme4::lmer</c> with Satterthwaite df (lmerTest).</summary>
internal static class LmmCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var response = new Option<string>("--response") { Description = "Outcome column (e.g. ALSFRS-R total)", Required = true, HelpName = "COLUMN" };
        var time = new Option<string>("--time") { Description = "Time column (fixed effect, and the random slope)", Required = true, HelpName = "COLUMN" };
        var group = new Option<string>("--group") { Description = "Grouping column (patient id)", Required = true, HelpName = "COLUMN" };
        var covariates = new Option<string?>("--covariates") { Description = "Comma-separated numeric covariate columns (main effects)", HelpName = "A,B" };
        var interaction = new Option<bool>("--interaction") { Description = "Also fit time × each covariate (slope differences, e.g. by arm)" };
        var random = new Option<string>("--random") { Description = "Random effects: slope (intercept + slope on --time, default) or intercept", DefaultValueFactory = _ => "slope", HelpName = "KIND" };
        random.AcceptOnlyFromAmong("slope", "intercept");
        var method = new Option<string>("--method") { Description = "reml (default) or ml", DefaultValueFactory = _ => "reml", HelpName = "METHOD" };
        method.AcceptOnlyFromAmong("reml", "ml");
        var command = new Command("lmm", "Linear mixed model, as lme4::lmer(response ~ time + covariates + (time | group)) with Satterthwaite df (lmerTest)")
        { csv, response, time, group, covariates, interaction, random, method };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var timeName = ctx.Parse.GetValue(time)!;
            var t = data.Numbers(timeName);
            var columns = new List<(string Name, double[] Values)> { (timeName, t) };
            foreach (var name in (ctx.Parse.GetValue(covariates) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                columns.Add((name, data.Numbers(name)));
            }

            if (ctx.Parse.GetValue(interaction))
            {
                foreach (var (name, values) in columns.Skip(1).ToList())
                {
                    columns.Add(($"{timeName}:{name}", values.Select((v, i) => v * t[i]).ToArray()));
                }
            }

            var options = new LinearMixedModelOptions
            {
                Method = ctx.Parse.GetValue(method) == "ml" ? MixedModelMethod.MaximumLikelihood : MixedModelMethod.RestrictedMaximumLikelihood,
            };
            var term = ctx.Parse.GetValue(random) == "intercept" ? RandomEffectsTerm.Intercept : RandomEffectsTerm.InterceptAndSlope(t, timeName);
            var fit = LinearMixedModel.Fit(data.Numbers(ctx.Parse.GetValue(response)!), DesignMatrix.FromColumns([.. columns]), data.Strings(ctx.Parse.GetValue(group)!).ToArray(), term, options);
            if (ctx.Json)
            {
                ctx.WriteJson(new
                {
                    method = options.Method,
                    random = ctx.Parse.GetValue(random),
                    dfMethod = "Satterthwaite",
                    fixedEffects = fit.FixedEffects,
                    varianceComponents = fit.VarianceComponents,
                    logLikelihood = fit.LogLikelihood,
                    remlCriterion = fit.RemlCriterion,
                    aic = fit.Aic,
                    bic = fit.Bic,
                    observations = fit.ObservationCount,
                    groups = fit.GroupCount,
                    singular = fit.IsSingular,
                    converged = fit.Diagnostics.Converged,
                    iterations = fit.Diagnostics.Iterations,
                    warnings = fit.Diagnostics.Warnings,
                });
                return Task.FromResult(ExitCodes.Ok);
            }

            var c = ctx.Console;
            c.MarkupLineInterpolated($"Linear mixed model, {options.Method}; random {ctx.Parse.GetValue(random)} by {ctx.Parse.GetValue(group)}; {fit.ObservationCount} obs, {fit.GroupCount} groups; df: Satterthwaite  (R: lme4::lmer + lmerTest)");
            var table = new Table().AddColumns("term", "estimate", "se", "df", "t", "p");
            foreach (var f in fit.FixedEffects)
            {
                table.AddRow(Markup.Escape(f.Name), F(f.Estimate), F(f.StandardError), F(f.Df), F(f.TValue), F(f.PValue));
            }

            c.Write(table);
            var vc = fit.VarianceComponents;
            c.MarkupLineInterpolated($"SD(intercept) = {F(vc.InterceptSd)}  SD(slope) = {F(vc.SlopeSd)}  corr = {F(vc.Correlation)}  residual SD = {F(vc.ResidualSd)}");
            c.MarkupLineInterpolated($"logLik = {F(fit.LogLikelihood)}  AIC = {F(fit.Aic)}  BIC = {F(fit.Bic)}{(fit.IsSingular ? "  boundary (singular) fit" : "")}");
            Warnings(c, fit.Diagnostics.Warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
