using System.CommandLine;
using System.Globalization;
using Motus.Application.Stats;
using Motus.Statistics.Meta;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;
using Motus.Statistics.Survival;
using Spectre.Console;

namespace Motus.Cli.Commands;

/// <summary>
/// <c>motus stats …</c>: run an engine method on any CSV file, to cross-check against R. Every output names the method
/// and its options. So far: <c>meta</c> (as metafor::rma) and <c>lmm</c> (as lme4::lmer with Satterthwaite df).
/// </summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("stats", "Run a statistics method on a CSV file (R-equivalent numbers)") { Km(environment), Cox(environment), Meta(environment), Lmm(environment) };

    private static Command Km(CliEnvironment environment)
    {
        var csv = CsvOption();
        var survivalColumns = new SurvivalColumns();
        var group = new Option<string?>("--group") { Description = "Group column: one curve per value", HelpName = "COLUMN" };
        var confType = new Option<string>("--conf-type") { Description = "CI type: log (default, as survfit), log-log, plain", DefaultValueFactory = _ => "log", HelpName = "TYPE" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var level = new Option<double>("--level") { Description = "Confidence level", DefaultValueFactory = _ => 0.95, HelpName = "P" };
        var command = new Command("km", "Kaplan–Meier curves with Greenwood SE, CIs and medians, as survival::survfit(Surv(time, event) ~ group)")
        { csv, survivalColumns.Time, survivalColumns.Start, survivalColumns.Event, group, confType, level };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var survival = survivalColumns.Read(ctx.Parse, data);
            string[] labels = [];
            int[]? groups = null;
            if (ctx.Parse.GetValue(group) is { } g)
            {
                var values = data.Strings(g);
                labels = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                groups = values.Select(v => Array.IndexOf(labels, v)).ToArray();
            }

            var type = ctx.Parse.GetValue(confType) switch { "plain" => ConfidenceIntervalType.Plain, "log-log" => ConfidenceIntervalType.LogLog, _ => ConfidenceIntervalType.Log };
            var fit = KaplanMeier.Fit(survival, groups, type, ctx.Parse.GetValue(level));
            var curves = fit.Curves.Select(c => new
            {
                group = c.Group is { } i ? labels[i] : null,
                n = c.N,
                median = c.Median(),
                time = c.Time,
                nRisk = c.AtRisk,
                nEvent = c.Events,
                nCensor = c.Censored,
                survival = c.Survival,
                stdErrSurvival = c.StdErrSurvival,
                stdErrLogSurvival = c.StdErrLogSurvival,
                lower = c.Lower,
                upper = c.Upper,
            }).ToList();
            if (ctx.Json)
            {
                ctx.WriteJson(new { confidenceType = fit.ConfidenceType, confidenceLevel = fit.ConfidenceLevel, leftTruncated = fit.LeftTruncated, curves, warnings = fit.Diagnostics.Warnings });
                return Task.FromResult(ExitCodes.Ok);
            }

            var console = ctx.Console;
            console.MarkupLineInterpolated($"Kaplan–Meier, Greenwood variance, {fit.ConfidenceLevel:P0} CI type {fit.ConfidenceType}{(fit.LeftTruncated ? ", left-truncated" : "")}  (R: survival::survfit)");
            var table = new Table().AddColumns("group", "n", "events", "median", "lower", "upper");
            foreach (var c in curves)
            {
                table.AddRow(Markup.Escape(c.group ?? "all"), c.n.ToString(CultureInfo.InvariantCulture), c.nEvent.Sum().ToString(CultureInfo.InvariantCulture),
                    F(c.median.Estimate), F(c.median.Lower), F(c.median.Upper));
            }

            console.Write(table);
            Warnings(console, fit.Diagnostics.Warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Cox(CliEnvironment environment)
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

    private static Option<FileInfo> CsvOption() => new("--csv") { Description = "CSV file with a header row", Required = true, HelpName = "FILE" };

    private static Command Meta(CliEnvironment environment)
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

    private static Command Lmm(CliEnvironment environment)
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

    private static void Warnings(IAnsiConsole console, IReadOnlyList<string> warnings)
    {
        foreach (var w in warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {w}");
        }
    }

    private static string F(double? value) => value?.ToString("G7", CultureInfo.InvariantCulture) ?? "NA";

    /// <summary>The --time, --start and --event options shared by the survival commands, and reading them into <see cref="SurvivalData"/>.</summary>
    private sealed class SurvivalColumns
    {
        public Option<string> Time { get; } = new("--time") { Description = "Exit (event or censoring) time column", Required = true, HelpName = "COLUMN" };

        public Option<string?> Start { get; } = new("--start") { Description = "Entry time column for left truncation, (start, time]", HelpName = "COLUMN" };

        public Option<string> Event { get; } = new("--event") { Description = "Event column: 1 = event, 0 = censored", Required = true, HelpName = "COLUMN" };

        public SurvivalData Read(ParseResult parse, CsvColumns data)
        {
            var exit = data.Numbers(parse.GetValue(Time)!);
            var events = data.Numbers(parse.GetValue(Event)!).Select(v => (int)v).ToArray();
            return parse.GetValue(Start) is { } start
                ? SurvivalData.CountingProcess(data.Numbers(start), exit, events)
                : SurvivalData.RightCensored(exit, events);
        }
    }
}
