using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Common;
using Motus.Application;
using Motus.Application.Analyses;
using Motus.Application.Stats;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze slopes</c>: one least-squares ALSFRS-R slope per patient, a summary, and optionally every row to CSV.</summary>
internal static class AnalyzeSlopesCommand
{
    private static readonly string[] CsvHeader =
        ["patient", "arm", "n", "slope", "se", "intercept", "residual_sd", "span_months", "first_date", "last_date", "not_estimable_reason"];

    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient();
        var from = AnalyzeOptions.DateOption("--from", "Use ratings on or after this date (yyyy-mm-dd); default: no lower bound");
        var to = AnalyzeOptions.DateOption("--to", "Use ratings on or before this date (yyyy-mm-dd); default: no upper bound");
        var anchored = new Option<bool>("--onset-anchored") { Description = "Add the pseudo-visit (onset, 48) to each fit (Karanevich 2018); time 0 = onset. Default: time 0 = first rating, no anchor" };
        var scale = AnalyzeOptions.Scale();
        var head = new Option<int>("--head") { Description = "Patient rows printed in table mode", DefaultValueFactory = _ => 20, HelpName = "N" };
        var output = new Option<FileInfo?>("--out") { Description = "Write every patient's slope to this CSV file", HelpName = "FILE.csv" };
        var command = new Command("slopes", "Per-patient OLS slope of the ALSFRS-R total on time, points/month (R: lm(total ~ months) per patient), with a summary")
        { study, patient, from, to, anchored, scale, head, output };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var rows = AnalyzeOptions.AtLeast(p, head, 0);
            var (a, b) = (AnalyzeOptions.Date(p, from), AnalyzeOptions.Date(p, to));
            if (a is { } x && b is { } y && y < x)
            {
                throw new MotusException(ExitCategory.Usage, $"--to {D(y)} is before --from {D(x)}.");
            }

            var window = a is null && b is null ? DateWindow.All : new DateWindow(a ?? DateOnly.MinValue, b ?? DateOnly.MaxValue);
            var request = new AnalyzeSlopesRequest(AnalyzeOptions.Scope(p, study, patient), window, p.GetValue(anchored), AnalyzeOptions.ParseScale(p.GetValue(scale)!));
            var result = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeSlopes(ctx.Database).RunAsync(request, r, ct));
            var path = p.GetValue(output)?.FullName;
            if (path is not null)
            {
                StatsCsvWriter.Write(path, CsvHeader, result.Result.Patients.Select(s => (IReadOnlyList<string>)
                [
                    s.PatientCode, s.Arm ?? "", s.Estimate.PointCount.ToString(CultureInfo.InvariantCulture), StatsCsvWriter.Cell(s.Estimate.Slope),
                    StatsCsvWriter.Cell(s.Estimate.StandardError), StatsCsvWriter.Cell(s.Estimate.Intercept), StatsCsvWriter.Cell(s.Estimate.ResidualSd),
                    StatsCsvWriter.Cell(s.Estimate.SpanMonths), D(s.Estimate.FirstDate), D(s.Estimate.LastDate), s.Estimate.NotEstimableReason ?? "",
                ]));
            }

            if (TryJson(ctx, result))
            {
                return ExitCodes.Ok;
            }

            Print(ctx, result, rows, path);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CommandContext ctx, AnalysisOutput<SlopesResult> output, int head, string? path)
    {
        var console = ctx.Console;
        var r = output.Result;
        var s = r.Summary;
        Header(console, output);
        console.MarkupLineInterpolated($"Ratings: {r.Window}{(r.OnsetAnchored ? ", onset-anchored" : "")}: {s.Estimable} of {s.Patients} patient(s) with a slope.");
        if (s.Estimable > 0)
        {
            console.MarkupLineInterpolated($"Slopes, points/month: mean {N(s.Mean)} (SD {N(s.StandardDeviation)}), median {N(s.Median)}, quartiles {N(s.LowerQuartile)} to {N(s.UpperQuartile)}, range {N(s.Minimum)} to {N(s.Maximum)} (quartiles as R quantile type 7)");
        }

        var table = Table(null, "Patient", "Arm", "n", "Slope", "SE", "Intercept", "Residual SD", "Span (months)", "First", "Last", "Note");
        foreach (var p in r.Patients.Take(head))
        {
            var e = p.Estimate;
            Row(table, p.PatientCode, p.Arm, I(e.PointCount), N(e.Slope), N(e.StandardError), N(e.Intercept, 2), N(e.ResidualSd), N(e.SpanMonths, 1),
                D(e.FirstDate), D(e.LastDate), e.NotEstimableReason ?? string.Join(" ", e.Warnings));
        }

        console.Write(table);
        if (r.Patients.Count > head)
        {
            console.MarkupLineInterpolated($"… {r.Patients.Count - head} more patient(s){(path is null ? "; --out FILE.csv or --json gives all" : "")}");
        }

        if (path is not null)
        {
            console.MarkupLineInterpolated($"Wrote {r.Patients.Count} patient(s) to {path}");
        }

        Method(console, r.Method);
    }
}
