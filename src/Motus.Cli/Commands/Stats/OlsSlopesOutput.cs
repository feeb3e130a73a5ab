using System.Globalization;
using Motus.Application.Stats;
using Motus.Statistics.Regression;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary>
/// <c>motus stats ols --group G --time T</c>: one least-squares slope of the response on time per group, as
/// <c>lm(y ~ t)</c> in each group (<c>lme4::lmList</c>). JSON lists every group; the table prints a summary and the
/// first rows; <c>--out</c> writes every group to CSV. Groups whose slope or SE is not estimable are kept, with NA and
/// their status.
/// </summary>
internal sealed class OlsSlopesOutput(string response, string time, string group, double rankTolerance, int head, string? outPath)
{
    private static readonly string[] CsvHeader = ["group", "n", "slope", "se", "intercept", "residual_sd", "first_time", "last_time", "time_span", "status"];

    public int Run(CommandContext ctx, CsvColumns data)
    {
        var y = data.Numbers(response);
        var t = data.Numbers(time);
        var levels = data.Levels(group);
        var fit = GroupSlopes.Fit(levels.Codes, t, y, rankTolerance);
        var rows = fit.Groups.Select(g => new
        {
            group = levels.Labels[g.Group],
            n = g.Count,
            slope = g.Slope,
            standardError = g.StandardError,
            intercept = g.Intercept,
            residualSd = g.ResidualSd,
            firstTime = g.FirstTime,
            lastTime = g.LastTime,
            timeSpan = g.TimeSpan,
            status = g.Status,
        }).ToList();
        if (outPath is not null)
        {
            StatsCsvWriter.Write(outPath, CsvHeader, rows.Select(r => new[]
            {
                r.group, r.n.ToString(CultureInfo.InvariantCulture), StatsCsvWriter.Cell(r.slope), StatsCsvWriter.Cell(r.standardError),
                StatsCsvWriter.Cell(r.intercept), StatsCsvWriter.Cell(r.residualSd), StatsCsvWriter.Cell(r.firstTime),
                StatsCsvWriter.Cell(r.lastTime), StatsCsvWriter.Cell(r.timeSpan), r.status.ToString(),
            }));
        }

        var model = $"{response} ~ {time} in each {group}";
        var counts = new
        {
            groups = rows.Count,
            estimated = fit.Count(SlopeStatus.Estimated),
            twoObservations = fit.Count(SlopeStatus.TwoObservations),
            singleObservation = fit.Count(SlopeStatus.SingleObservation),
            noTimeSpread = fit.Count(SlopeStatus.NoTimeSpread),
        };
        if (ctx.Json)
        {
            ctx.WriteJson(new { method = "OLS per group", model, rankTolerance = fit.RankTolerance, counts, slopes = rows, written = outPath, warnings = fit.Diagnostics.Warnings });
            return ExitCodes.Ok;
        }

        var console = ctx.Console;
        console.MarkupLineInterpolated($"Least-squares slope per group, {model}; {data.RowCount} rows; rank tolerance {F(fit.RankTolerance)}  (R: stats::lm per group, lme4::lmList)");
        console.MarkupLineInterpolated($"{counts.groups} groups: {counts.estimated} with slope and SE, {counts.twoObservations} with two observations (slope, no SE), {counts.singleObservation} with one observation and {counts.noTimeSpread} with no time spread (no slope)");
        var slopes = rows.Where(r => r.slope.HasValue).Select(r => r.slope!.Value).Order().ToArray();
        if (slopes.Length > 0)
        {
            var mid = slopes.Length / 2;
            var median = slopes.Length % 2 == 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
            console.MarkupLineInterpolated($"Slopes ({slopes.Length} groups with one): median {F(median)}, range {F(slopes[0])} to {F(slopes[^1])} {response} per {time} unit");
        }

        var table = new Table().AddColumns(Markup.Escape(group), "n", "slope", "se", "intercept", "residual SD", "first", "last", "span", "status");
        foreach (var r in rows.Take(head))
        {
            table.AddRow(Markup.Escape(r.group), r.n.ToString(CultureInfo.InvariantCulture), F(r.slope), F(r.standardError), F(r.intercept), F(r.residualSd),
                F(r.firstTime), F(r.lastTime), F(r.timeSpan), r.status.ToString());
        }

        console.Write(table);
        if (rows.Count > head)
        {
            console.MarkupLineInterpolated($"… {rows.Count - head} more groups{(outPath is null ? "; --out FILE.csv or --json gives all" : "")}");
        }

        if (outPath is not null)
        {
            console.MarkupLineInterpolated($"Wrote {rows.Count} groups to {outPath}");
        }

        Warnings(console, fit.Diagnostics.Warnings);
        return ExitCodes.Ok;
    }
}
