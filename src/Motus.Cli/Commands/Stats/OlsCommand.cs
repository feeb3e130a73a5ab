using System.CommandLine;
using Motus.Application;
using Motus.Application.Stats;
using Motus.Statistics.Regression;
using Spectre.Console;
using static Motus.Cli.Commands.StatsOutput;

namespace Motus.Cli.Commands;

/// <summary>
/// <c>motus stats ols</c>: ordinary least squares as <c>stats::lm</c> + <c>summary.lm</c>; with <c>--group</c> and
/// <c>--time</c>, one least-squares slope per group (<see cref="OlsSlopesOutput"/>).
/// </summary>
internal static class OlsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var csv = CsvOption();
        var response = new Option<string>("--response") { Description = "Outcome column y (e.g. ALSFRS-R total)", Required = true, HelpName = "COLUMN" };
        var covariates = new Option<string?>("--covariates") { Description = "Comma-separated numeric covariate columns; none gives the intercept-only model y ~ 1", HelpName = "A,B" };
        var noIntercept = new Option<bool>("--no-intercept") { Description = "Fit without an intercept, as lm(y ~ 0 + covariates)" };
        var group = new Option<string?>("--group") { Description = "Per-group mode (with --time): one slope of the response on time per value of this column (patient id)", HelpName = "COLUMN" };
        var time = new Option<string?>("--time") { Description = "Per-group mode (with --group): time column; slopes are response units per time unit", HelpName = "COLUMN" };
        var rankTolerance = new Option<double>("--rank-tol") { Description = "Rank tolerance, lm's tol: a column whose norm after projection on earlier columns falls below this fraction of its own is aliased (NA)", DefaultValueFactory = _ => LinearRegression.DefaultRankTolerance, HelpName = "TOL" };
        var head = new Option<int>("--head") { Description = "Per-group mode: slope rows printed in table mode", DefaultValueFactory = _ => 10, HelpName = "N" };
        var output = new Option<FileInfo?>("--out") { Description = "Per-group mode: write every group's slope to this CSV file", HelpName = "FILE" };
        var command = new Command("ols", "Least squares, as stats::lm(response ~ covariates) + summary.lm; or with --group and --time one slope per group, as lm(response ~ time) in each group")
        { csv, response, covariates, noIntercept, group, time, rankTolerance, head, output };
        command.SetHandler(environment, (ctx, _) =>
        {
            var p = ctx.Parse;
            var tol = p.GetValue(rankTolerance);
            if (!(tol > 0 && tol < 1))
            {
                throw new MotusException(ExitCategory.Usage, $"--rank-tol {tol}: must be strictly between 0 and 1 (lm's default is 1e-7).");
            }

            if (p.GetValue(head) < 0)
            {
                throw new MotusException(ExitCategory.Usage, $"--head {p.GetValue(head)}: must be 0 or more.");
            }

            var names = ColumnList(p.GetValue(covariates));
            var (groupName, timeName) = (p.GetValue(group), p.GetValue(time));
            if ((groupName is null) != (timeName is null))
            {
                throw new MotusException(ExitCategory.Usage, "--group and --time go together: they ask for one slope of the response on time per group.");
            }

            if (groupName is not null)
            {
                if (names.Length > 0 || p.GetValue(noIntercept))
                {
                    throw new MotusException(ExitCategory.Usage, "Per-group mode (--group, --time) fits response ~ time in each group: --covariates and --no-intercept do not apply.");
                }

                var slopes = new OlsSlopesOutput(p.GetValue(response)!, timeName!, groupName, tol, p.GetValue(head), p.GetValue(output)?.FullName);
                return Task.FromResult(slopes.Run(ctx, CsvColumns.Load(p.GetValue(csv)!.FullName)));
            }

            if (p.GetValue(output) is not null || p.GetResult(head) is { Implicit: false })
            {
                throw new MotusException(ExitCategory.Usage, "--out and --head belong to per-group mode: give --group and --time.");
            }

            if (names.Length == 0 && p.GetValue(noIntercept))
            {
                throw new MotusException(ExitCategory.Usage, "--no-intercept without --covariates leaves a model with no columns.");
            }

            if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                throw new MotusException(ExitCategory.Usage, $"--covariates names '{repeated.Key}' twice.");
            }

            return Task.FromResult(Linear(ctx, CsvColumns.Load(p.GetValue(csv)!.FullName), p.GetValue(response)!, names, !p.GetValue(noIntercept), tol));
        });
        return command;
    }

    private static int Linear(CommandContext ctx, CsvColumns data, string response, string[] names, bool intercept, double tol)
    {
        var y = data.Numbers(response);
        var x = names.Length == 0 ? DesignMatrix.Empty(data.RowCount) : DesignMatrix.FromColumns([.. names.Select(n => (n, data.Numbers(n)))]);
        var fit = LinearRegression.Fit(y, x, intercept, tol);
        var formula = $"{response} ~ {(intercept ? "" : "0 + ")}{(names.Length == 0 ? "1" : string.Join(" + ", names))}";
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                method = "OLS",
                formula,
                intercept = fit.Intercept,
                rankTolerance = fit.RankTolerance,
                n = fit.ObservationCount,
                rank = fit.Rank,
                residualDf = fit.ResidualDf,
                coefficients = fit.Coefficients,
                residualStandardError = fit.ResidualStandardError,
                rSquared = fit.RSquared,
                adjustedRSquared = fit.AdjustedRSquared,
                fStatistic = fit.FTest,
                warnings = fit.Diagnostics.Warnings,
            });
            return ExitCodes.Ok;
        }

        var console = ctx.Console;
        console.MarkupLineInterpolated($"Ordinary least squares, {formula}; n = {fit.ObservationCount}; QR with lm's pivoting, rank tolerance {F(fit.RankTolerance)}  (R: stats::lm + summary.lm)");
        var table = new Table().AddColumns("term", "Estimate", "Std. Error", "t value", "Pr(>|t|)");
        foreach (var c in fit.Coefficients)
        {
            table.AddRow(Markup.Escape(c.Name), F(c.Estimate), F(c.StandardError), F(c.TValue), F(c.PValue));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Residual standard error: {F(fit.ResidualStandardError)} on {fit.ResidualDf} degrees of freedom");
        console.MarkupLineInterpolated($"Multiple R-squared: {F(fit.RSquared)}, Adjusted R-squared: {F(fit.AdjustedRSquared)}");
        if (fit.FTest is { } f)
        {
            console.MarkupLineInterpolated($"F-statistic: {F(f.Value)} on {f.NumeratorDf} and {f.DenominatorDf} DF, p-value: {F(f.PValue)}");
        }
        else
        {
            console.MarkupLine("F-statistic: NA (intercept-only model, no estimable column, or 0 residual df)");
        }
        Warnings(console, fit.Diagnostics.Warnings);
        return ExitCodes.Ok;
    }
}
