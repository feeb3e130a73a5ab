using System.CommandLine;
using Motus.Application.Analyses;
using Motus.Statistics.Survival;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze cox</c>: Cox model of a composite endpoint with arm indicators and baseline covariates.</summary>
internal static class AnalyzeCoxCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var origin = AnalyzeOptions.Origin();
        var endpoint = AnalyzeOptions.Endpoint();
        var control = AnalyzeOptions.Control();
        var covariates = new Option<string?>("--covariates")
        {
            Description = $"Comma-separated baseline covariates read at the origin: {string.Join(", ", CohortCovariates.ByName.Keys)} (ΔFS at the ALSFRS-R rating closest to the origin within −30/+7 days); default none (arm only)",
            HelpName = "A,B",
        };
        var ties = AnalyzeOptions.Choice("--ties", "TIES", "efron", "Tie handling: efron (as coxph) or breslow", "efron", "breslow");
        var robust = new Option<bool>("--robust") { Description = "Robust (sandwich) standard errors; default model-based" };
        var level = AnalyzeOptions.Level();
        var command = new Command("cox", "Cox proportional hazards of a composite endpoint: arm vs control plus baseline covariates, complete cases (R: coxph)")
        { study, origin, endpoint, control, covariates, ties, robust, level };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var names = (p.GetValue(covariates) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = new CoxOptions
            {
                Ties = p.GetValue(ties) == "breslow" ? TiesMethod.Breslow : TiesMethod.Efron,
                Robust = p.GetValue(robust),
                ConfidenceLevel = AnalyzeOptions.CheckLevel(p.GetValue(level)),
            };
            var request = new AnalyzeCoxRequest(AnalyzeOptions.Scope(p, study), AnalyzeOptions.ParseEndpoint(p.GetValue(endpoint)!),
                AnalyzeOptions.ParseOrigin(p.GetValue(origin)!), p.GetValue(control), names, options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeCox(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            var console = ctx.Console;
            var c = output.Result;
            Header(console, output);
            console.MarkupLineInterpolated($"Endpoint: {c.Endpoint}; {c.Patients} patient(s) in the model, {c.Events} event(s); control arm {c.ControlArm}.");
            if (c.Terms.Count > 0)
            {
                var table = Table(null, "Term", "coef", "HR", "Lower", "Upper", "SE", "p", "Status");
                foreach (var t in c.Terms)
                {
                    Row(table, t.Name, N(t.Estimate), N(t.HazardRatio), N(t.Lower), N(t.Upper), N(t.StdErr), P(t.PValue), t.Status);
                }

                console.Write(table);
                console.MarkupLineInterpolated($"Likelihood ratio χ² = {N(c.LikelihoodRatio?.Statistic)} on {I(c.LikelihoodRatio?.DegreesOfFreedom)} df, p = {P(c.LikelihoodRatio?.PValue)}; Wald p = {P(c.Wald?.PValue)}; score p = {P(c.Score?.PValue)}; concordance {N(c.Concordance)}; converged {Yes(c.Converged)}");
                console.MarkupLineInterpolated($"Proportional hazards (Grambsch–Therneau, KM time, global): {(c.ProportionalHazards is { } ph ? $"χ² = {N(ph.Statistic)} on {ph.DegreesOfFreedom} df, p = {P(ph.PValue)}" : "not computed")}");
            }

            Excluded(console, c.Excluded);
            Warnings(console, c.Warnings);
            Errors(console, c.Errors);
            Method(console, c.Method);
            return ExitCodes.Ok;
        });
        return command;
    }
}
