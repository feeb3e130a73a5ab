using System.CommandLine;
using Motus.Analysis.Prognosis;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary>
/// <c>motus analyze prognosis</c>: the ENCALS linear predictor, predicted median event-free survival and the TRICALS
/// risk-profile window. Every output says that the coefficients come from public code and are unverified.
/// </summary>
internal static class AnalyzePrognosisCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient("Only this patient (code): the LP terms, quantiles and inputs");
        var eventFree = AnalyzeOptions.DateOption("--event-free-at", "Condition on being event-free at this date (yyyy-mm-dd), e.g. today for a living patient; default: unconditional from onset");
        var reference = AnalyzeOptions.DateOption("--reference-date", "Date whose ALSFRS-R and vital capacity are used; default: each patient's diagnosis date (as the model was developed)");
        var maxDays = AnalyzeOptions.Days("--max-days", 90, "The ALSFRS-R rating and vital-capacity test must lie within this many days of the reference date");
        var lower = new Option<double>("--tricals-lower") { Description = "Lower bound of the TRICALS risk-profile window", DefaultValueFactory = _ => TricalsWindow.DefaultLower, HelpName = "LP" };
        var upper = new Option<double>("--tricals-upper") { Description = "Upper bound of the TRICALS risk-profile window", DefaultValueFactory = _ => TricalsWindow.DefaultUpper, HelpName = "LP" };
        var command = new Command("prognosis", "ENCALS survival prediction (linear predictor, median event-free survival) and TRICALS risk-profile window; coefficients unverified")
        { study, patient, eventFree, reference, maxDays, lower, upper };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var request = new AnalyzePrognosisRequest(AnalyzeOptions.Scope(p, study, patient), AnalyzeOptions.Date(p, eventFree), AnalyzeOptions.Date(p, reference),
                p.GetValue(maxDays), p.GetValue(lower), p.GetValue(upper));
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzePrognosis(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            Print(ctx.Console, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, AnalysisOutput<PrognosisResult> output)
    {
        var r = output.Result;
        Caveat(console, r.Caveat);
        Header(console, output);
        var table = Table(null, "Patient", "ΔFS", "Delay (mo)", "Age at onset", "VC %", "ENCALS LP", "Median (mo since onset)", "TRICALS LP", "In window", "Missing");
        foreach (var x in r.Patients)
        {
            var inputs = x.Encals.Inputs.Predictors;
            var prediction = x.Encals.Prediction;
            var missing = x.Encals.Errors.Concat(x.TricalsErrors).Distinct(StringComparer.Ordinal);
            Row(table, x.PatientCode, N(inputs?.DeltaFs), N(inputs?.DiagnosticDelayMonths, 1), N(inputs?.AgeAtOnsetYears, 1), N(inputs?.VitalCapacityPercent, 1),
                N(prediction?.LinearPredictor.Value), N(prediction?.MedianMonths, 1), N(x.Tricals?.LinearPredictor.Value),
                x.Tricals is null ? "" : Yes(x.Tricals.Inside), string.Join(" ", missing));
        }

        console.Write(table);
        var predicted = r.Patients.Count(x => x.Encals.Prediction is not null);
        console.MarkupLineInterpolated($"{predicted} of {r.Patients.Count} patient(s) with an ENCALS prediction; {r.Patients.Count(x => x.Tricals is not null)} with a TRICALS risk profile{(r.EventFreeAt is { } e ? $"; conditional on event-free at {D(e)}" : "; unconditional, from onset")}.");
        if (output.Patient is not null && r.Patients.Count == 1)
        {
            Detail(console, r.Patients[0]);
        }

        if (r.Patients.FirstOrDefault(x => x.Encals.Prediction is not null) is { } first)
        {
            Method(console, first.Encals.Prediction!.Method);
        }

        if (r.Patients.Count > 0)
        {
            Method(console, r.Patients[0].Encals.Inputs.Method);
        }

        Caveat(console, r.Caveat);
    }

    private static void Detail(IAnsiConsole console, PatientPrognosis x)
    {
        Warnings(console, x.Encals.Inputs.Warnings);
        if (x.Encals.Prediction is { } prediction)
        {
            Terms(console, prediction.LinearPredictor);
            var q = Table("Predicted event-free survival (death, tracheostomy or NIV > 23 h/day)", "Survival", "Months since onset", "Note");
            foreach (var quantile in prediction.Quantiles)
            {
                Row(q, N(quantile.SurvivalLevel, 2), N(quantile.MonthsSinceOnset, 1), quantile.NotEstimableReason);
            }

            console.Write(q);
            Warnings(console, prediction.Warnings);
        }

        if (x.Tricals is { } t)
        {
            Terms(console, t.LinearPredictor);
            console.MarkupLineInterpolated($"TRICALS window: {t.Method}; inside = {Yes(t.Inside)}");
        }
    }

    private static void Terms(IAnsiConsole console, EncalsLinearPredictor lp)
    {
        var table = Table($"{lp.CoefficientSet}: LP = {N(lp.Value)}", "Predictor", "Value", "Transform", "f(value)", "β", "β·f");
        foreach (var t in lp.Terms)
        {
            Row(table, t.Predictor, N(t.Value), t.Transform, N(t.Transformed, 4), N(t.Coefficient), N(t.Contribution, 4));
        }

        console.Write(table);
    }

    private static void Caveat(IAnsiConsole console, string caveat) => console.MarkupLineInterpolated($"[yellow]{caveat}[/]");
}
