using System.CommandLine;
using System.Globalization;
using Motus.Application.Stats;
using Motus.Statistics.Survival;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary>
/// <c>motus stats logrank</c>: the log-rank / Harrington–Fleming G-rho test, optionally stratified, as
/// <c>survival::survdiff(Surv(time, event) ~ group + strata(s), rho = …)</c>.
/// </summary>
internal static class LogRankCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var survivalColumns = new SurvivalColumns();
        var group = new Option<string>("--group") { Description = "Group column: the survival curves compared", Required = true, HelpName = "COLUMN" };
        var strata = new Option<string?>("--strata") { Description = "Stratum column: O, E and V summed over strata, as + strata(COLUMN)", HelpName = "COLUMN" };
        var rho = new Option<double>("--rho") { Description = "G-rho weight S(t-)^rho: 0 = log-rank (default), 1 = Peto–Peto", DefaultValueFactory = _ => 0, HelpName = "RHO" };
        var command = new Command("logrank", "Log-rank / G-rho test of equal survival, as survival::survdiff(Surv(time, event) ~ group + strata(s), rho = …)")
        { csv, survivalColumns.Time, survivalColumns.Start, survivalColumns.Event, group, strata, rho };
        command.SetHandler(environment, (ctx, _) =>
        {
            var data = CsvColumns.Load(ctx.Parse.GetValue(csv)!.FullName);
            var survival = survivalColumns.Read(ctx.Parse, data);
            var groupName = ctx.Parse.GetValue(group)!;
            var groups = data.Levels(groupName);
            var strataName = ctx.Parse.GetValue(strata);
            var strataLevels = strataName is null ? null : data.Levels(strataName);
            var fit = LogRank.Test(survival, groups.Codes, strataLevels?.Codes, ctx.Parse.GetValue(rho));
            var rows = fit.Groups.Select((code, i) =>
            {
                var oe = fit.Observed[i] - fit.Expected[i];
                var v = fit.Variance[i, i];
                return new
                {
                    group = groups.Labels[code],
                    n = fit.N[i],
                    observed = fit.Observed[i],
                    expected = fit.Expected[i],
                    // print.survdiff's columns; undefined (null, R: NaN) for a group never at risk at an event time
                    oMinusESquaredOverE = fit.Expected[i] > 0 ? oe * oe / fit.Expected[i] : (double?)null,
                    oMinusESquaredOverV = v > 0 ? oe * oe / v : (double?)null,
                };
            }).ToList();
            var method = Method(fit, strataName);
            var warnings = fit.Diagnostics.Warnings.Select(w => Relabel(w, fit.Groups, groupName, groups.Labels)).ToList();
            if (ctx.Json)
            {
                ctx.WriteJson(new
                {
                    method,
                    rho = fit.Rho,
                    groupColumn = groupName,
                    strataColumn = strataName,
                    leftTruncated = fit.LeftTruncated,
                    groups = rows,
                    chiSquare = fit.ChiSquare,
                    df = fit.DegreesOfFreedom,
                    pValue = fit.PValue,
                    variance = Jagged(fit.Variance),
                    strata = fit.Strata?.Select((code, s) => new
                    {
                        stratum = strataLevels!.Labels[code],
                        observed = Column(fit.ObservedByStratum!, s),
                        expected = Column(fit.ExpectedByStratum!, s),
                    }).ToList(),
                    warnings,
                });
                return Task.FromResult(ExitCodes.Ok);
            }

            var console = ctx.Console;
            console.MarkupLineInterpolated($"{method}  (R: survival::survdiff{(fit.LeftTruncated ? ", which has no (start, time] form" : "")})");
            var table = new Table().AddColumns("", "N", "Observed", "Expected", "(O-E)^2/E", "(O-E)^2/V");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape($"{groupName}={r.group}"), r.n.ToString(CultureInfo.InvariantCulture), F(r.observed), F(r.expected), F(r.oMinusESquaredOverE), F(r.oMinusESquaredOverV));
            }

            console.Write(table);
            console.MarkupLineInterpolated($"Chisq = {F(fit.ChiSquare)} on {fit.DegreesOfFreedom} degrees of freedom, p = {F(fit.PValue)}");
            Warnings(console, warnings);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The method line, e.g. "Log-rank (G-rho, rho = 0), stratified by ecog".</summary>
    private static string Method(LogRankResult fit, string? strataName)
    {
        var rho = fit.Rho.ToString(CultureInfo.InvariantCulture);
        var name = fit.Rho switch
        {
            0 => $"Log-rank (G-rho, rho = {rho})",
            1 => $"Peto–Peto (G-rho, rho = {rho})",
            _ => $"G-rho test (rho = {rho})",
        };
        return name + (strataName is null ? "" : $", stratified by {strataName}") + (fit.LeftTruncated ? ", left-truncated (start, time] risk sets" : "");
    }

    /// <summary>The engine names a group by its level code ("Group 2 is never at risk …"); the user knows it as g=label.</summary>
    private static string Relabel(string warning, int[] codes, string groupName, IReadOnlyList<string> labels)
    {
        foreach (var code in codes)
        {
            var prefix = $"Group {code} ";
            if (warning.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"Group {groupName}={labels[code]} {warning[prefix.Length..]}";
            }
        }

        return warning;
    }

    private static double[][] Jagged(double[,] m) =>
        [.. Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]).ToArray())];

    private static double[] Column(double[,] m, int j) => [.. Enumerable.Range(0, m.GetLength(0)).Select(i => m[i, j])];
}
