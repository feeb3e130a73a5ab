using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Cohort;
using Motus.Application;
using Motus.Application.Analyses;
using Motus.Statistics.Mixed;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze lmm</c>: ALSFRS-R slopes by arm from a linear mixed model, with the percent slowing.</summary>
internal static class AnalyzeLmmCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var origin = AnalyzeOptions.Origin();
        var control = AnalyzeOptions.Control();
        var method = AnalyzeOptions.Choice("--method", "METHOD", "reml", "reml (as lmer) or ml", "reml", "ml");
        var ci = AnalyzeOptions.Choice("--ci", "METHOD", "fieller", "Interval of the percent slowing: fieller (exact for normal estimates; unbounded when the control slope is not significant) or delta", "fieller", "delta");
        var level = AnalyzeOptions.Level();
        var daysBefore = AnalyzeOptions.Days("--days-before", 0, "Also use ratings up to this many days before the origin (e.g. screening), with negative times");
        var horizon = new Option<double?>("--horizon-months") { Description = "Leave out ratings later than this many months after the origin; default: all ratings", HelpName = "MONTHS" };
        var command = new Command("lmm", "ALSFRS-R slope by arm: total ~ months × arm + (months | patient), Satterthwaite df, percent slowing vs control (R: lmerTest::lmer)")
        { study, origin, control, method, ci, level, daysBefore, horizon };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            if (p.GetValue(horizon) is { } h && !(h > 0 && double.IsFinite(h)))
            {
                throw new MotusException(ExitCategory.Usage, $"--horizon-months {h.ToString(CultureInfo.InvariantCulture)}: must be a positive number of months.");
            }

            var options = new SlopeComparisonOptions
            {
                Method = p.GetValue(method) == "ml" ? MixedModelMethod.MaximumLikelihood : MixedModelMethod.RestrictedMaximumLikelihood,
                RatioInterval = p.GetValue(ci) == "delta" ? RatioIntervalMethod.Delta : RatioIntervalMethod.Fieller,
                ConfidenceLevel = AnalyzeOptions.CheckLevel(p.GetValue(level)),
                DaysBeforeOriginIncluded = AnalyzeOptions.AtLeast(p, daysBefore, 0),
                HorizonMonths = p.GetValue(horizon),
            };
            var request = new AnalyzeSlopesByArmRequest(AnalyzeOptions.Scope(p, study), AnalyzeOptions.ParseOrigin(p.GetValue(origin)!), p.GetValue(control), options);
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeSlopesByArm(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            var console = ctx.Console;
            var s = output.Result;
            Header(console, output);
            console.MarkupLineInterpolated($"{s.Patients} patient(s), {s.Ratings} rating(s) in the model; control arm {s.ControlArm}; converged {Yes(s.Converged)}{(s.IsSingular ? "; singular (boundary) fit" : "")}.");
            if (s.Arms.Count > 0)
            {
                var arms = Table("Mean slope per arm (points/month)", "Arm", "Patients", "Ratings", "Slope", "SE", "df", "Lower", "Upper");
                foreach (var a in s.Arms)
                {
                    Row(arms, a.ArmCode, I(a.Patients), I(a.Ratings), N(a.Slope), N(a.StdErr), N(a.Df, 1), N(a.Lower), N(a.Upper));
                }

                console.Write(arms);
            }

            if (s.Differences.Count > 0)
            {
                var diffs = Table($"Against {s.ControlArm}", "Arm", "Difference", "SE", "df", "t", "p", "Lower", "Upper", "% slowing", "Lower", "Upper", "Note");
                foreach (var d in s.Differences)
                {
                    Row(diffs, d.ArmCode, N(d.Difference), N(d.StdErr), N(d.Df, 1), N(d.TValue), P(d.PValue), N(d.Lower), N(d.Upper),
                        N(d.PercentSlowing, 1), N(d.PercentSlowingLower, 1), N(d.PercentSlowingUpper, 1), d.PercentSlowingNote);
                }

                console.Write(diffs);
            }

            if (s.VarianceComponents is { } v)
            {
                console.MarkupLineInterpolated($"Random effects: intercept SD {N(v.InterceptSd)}, slope SD {N(v.SlopeSd)}, correlation {N(v.Correlation)}; residual SD {N(v.ResidualSd)}");
            }

            Excluded(console, s.Excluded);
            Warnings(console, s.Warnings);
            Errors(console, s.Errors);
            Method(console, s.Method);
            return ExitCodes.Ok;
        });
        return command;
    }
}
