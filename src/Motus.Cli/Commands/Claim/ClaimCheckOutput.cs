using System.Globalization;
using Motus.Simulation.Claims;
using Spectre.Console;

namespace Motus.Cli.Commands.Claim;

/// <summary>The human-readable report of <c>motus claim check</c>.</summary>
internal static class ClaimCheckOutput
{
    public static void Print(IAnsiConsole console, ClaimCheckResult r)
    {
        var (responders, n) = (r.Claim.Responders, r.Claim.Patients);
        Line(console, $"Claim: {r.Claim.Responders} of {r.Claim.Patients} patients responded; {r.Claim.Definition}");
        Line(console, $"Visits (months): {r.Claim.Visits}");
        Line(console, $"Entry rule: {r.Claim.EntryRule}");
        Line(console, $"Null model: {r.ModelName}: {r.ModelDescription}");
        Line(console, "Assumptions:");
        foreach (var assumption in r.Assumptions)
        {
            Line(console, $"  - {assumption}");
        }

        Line(console, "");
        Line(console, $"Simulated {r.SimulatedPatients:N0} untreated patients (seed {r.Seed}): {P(r.EnteredFraction, 1)} met the entry rule, {r.EvaluablePatients:N0} evaluable.");
        Line(console, $"Null responder rate: {P(r.NullRate, 1)} (Monte Carlo SE {P(r.NullRateMonteCarloSe, 2)})");
        Line(console, $"P(≥ {responders} of {n} responders | no treatment): {G(r.BinomialTailProbability)} (exact binomial at the null rate)");
        if (r.SimulatedTailProbability is { } tail)
        {
            Line(console, $"                                  {G(tail)} (Monte Carlo SE {G(r.SimulatedTailMonteCarloSe!.Value)}) from {r.SimulatedStudies:N0} simulated studies");
        }

        var slowing = r.ApparentSlowing is { } s ? P(s, 1) : "undefined (mean lead-in slope not negative)";
        Line(console, $"Apparent slowing of the mean slope with no treatment: {slowing} (mean slope {F(r.MeanPreSlope)} → {F(r.MeanPostSlope)} points/month)");
        if (r.Analytic is { } a)
        {
            var analyticSlowing = a.ApparentSlowing is { } x ? P(x, 2) : "undefined";
            Line(console, $"Analytic regression to the mean: Var(e1) {F(a.PreErrorVariance)}, Var(e2) {F(a.PostErrorVariance)}, Cov(e1,e2) {F(a.ErrorCovariance)}; "
                + $"E[ŝ_pre | evaluable] {F(a.MeanPreSlopeSelected)}, E[ŝ_post | evaluable] {F(a.MeanPostSlopeSelected)}, slowing {analyticSlowing}");
        }

        if (r.Grid.Count > 0)
        {
            Line(console, "");
            Line(console, $"Sensitivity: null rate and P(≥ {responders} of {n}) by residual SD σe (rows) and slope SD σ1 (columns)");
            var slopes = r.Grid.Select(c => c.SlopeSd).Distinct().ToList();
            var table = new Table().AddColumn("σe \\ σ1");
            foreach (var s1 in slopes)
            {
                table.AddColumn(F(s1));
            }

            foreach (var row in r.Grid.GroupBy(c => c.ResidualSd))
            {
                var cells = slopes.Select(s1 => row.FirstOrDefault(c => c.SlopeSd == s1) is { } c ? $"{P(c.NullRate, 1)}  p={G(c.BinomialTailProbability)}" : "");
                table.AddRow([F(row.Key), .. cells]);
            }

            console.Write(table);
        }

        foreach (var w in r.Warnings)
        {
            Line(console, $"warning: {w}");
        }

        Line(console, $"Method: {r.Method}");
    }

    private static void Line(IAnsiConsole console, string text) => console.WriteLine(text);

    private static string P(double x, int decimals) => (x * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    private static string F(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);

    private static string G(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
