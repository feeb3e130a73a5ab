using System.Globalization;
using Motus.Analysis.Endpoints;
using Motus.Domain.Records;
using Motus.Statistics.Common;
using Motus.Statistics.Survival;

namespace Motus.Analysis.Cohort;

/// <summary>
/// Kaplan–Meier curves of a composite endpoint by arm, with the log-rank test. Time is months (days / 30.4375) from
/// the chosen origin; patients are censored at their last contact. Engine: <see cref="KaplanMeier"/>,
/// <see cref="LogRank"/>. R: <c>survfit(Surv(months, status) ~ arm)</c>, <c>survdiff(…, rho)</c>.
/// See docs/methods/cohort-analyses.md.
/// </summary>
public static class SurvivalByArm
{
    /// <summary>Analyses a cohort.</summary>
    /// <param name="cohort">The patients; deleted patients, patients without an arm and non-analysable outcomes are excluded and listed.</param>
    /// <param name="endpoint">The composite endpoint.</param>
    /// <param name="origin">The clock.</param>
    /// <param name="options">Confidence scale and level, rho; null for <see cref="SurvivalByArmOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An invalid endpoint definition or options.</exception>
    public static SurvivalByArmResult Analyse(IEnumerable<PatientRecord> cohort, CompositeEndpointDefinition endpoint, TimeOrigin origin, SurvivalByArmOptions? options = null)
    {
        options ??= SurvivalByArmOptions.Default;
        var c = SurvivalCohort.Build(cohort, endpoint, origin);
        var test = options.Rho == 0 ? "log-rank test" : string.Create(CultureInfo.InvariantCulture, $"G-rho test, rho = {options.Rho}");
        var method = string.Create(CultureInfo.InvariantCulture,
            $"Kaplan–Meier by arm ({options.ConfidenceType} {options.ConfidenceLevel * 100:0.##}% pointwise limits, Greenwood SE); {test}; " +
            $"time = months from {origin.ToString().ToLowerInvariant()} (days / 30.4375), censored at the last dated record");
        var errors = new List<string>();
        var warnings = new List<string>();
        if (c.Rows.Count == 0)
        {
            errors.Add("No analysable patient: nothing to estimate.");
            return new SurvivalByArmResult(method, endpoint.Describe(), origin, 0, 0, [], null, c.Excluded.ToList(), warnings, errors);
        }

        var data = SurvivalData.RightCensored(c.Months(), c.Status());
        var groups = c.ArmOfRow();
        var km = KaplanMeier.Fit(data, groups, options.ConfidenceType, options.ConfidenceLevel);
        warnings.AddRange(km.Diagnostics.Warnings.Select(w => Rename(w, c.Arms)));
        var curves = km.Curves.Select(k => Curve(k, c.Arms)).ToList();
        var logRank = Test(data, groups, c.Arms, options.Rho, errors, warnings);
        return new SurvivalByArmResult(method, endpoint.Describe(), origin, c.Rows.Count, data.EventCount, curves, logRank, c.Excluded.ToList(), warnings, errors);
    }

    private static ArmSurvivalCurve Curve(KaplanMeierCurve k, ArmIndex arms)
    {
        var points = new SurvivalPoint[k.Time.Length];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SurvivalPoint(k.Time[i], k.AtRisk[i], k.Events[i], k.Censored[i], k.Survival[i],
                AnalysisPopulation.OrNull(k.StdErrSurvival[i]), AnalysisPopulation.OrNull(k.Lower[i]), AnalysisPopulation.OrNull(k.Upper[i]));
        }

        return new ArmSurvivalCurve(arms.Codes[k.Group!.Value], k.N, k.Events.Sum(), k.Median(), points);
    }

    private static LogRankSummary? Test(SurvivalData data, int[] groups, ArmIndex arms, double rho, List<string> errors, List<string> warnings)
    {
        if (arms.Count < 2)
        {
            errors.Add($"Only one arm ({arms.Codes[0]}) has analysable patients: the log-rank test needs two or more.");
            return null;
        }

        if (data.EventCount == 0)
        {
            errors.Add("No events in any arm: the log-rank test is undefined.");
            return null;
        }

        try
        {
            var t = LogRank.Test(data, groups, rho: rho);
            warnings.AddRange(t.Diagnostics.Warnings.Select(w => Rename(w, arms)));
            var rows = t.Groups.Select((g, i) => new ArmEvents(arms.Codes[g], t.N[i], t.Observed[i], t.Expected[i])).ToList();
            return new LogRankSummary(t.ChiSquare, t.DegreesOfFreedom, t.PValue, t.Rho, rows);
        }
        catch (StatisticsInputException ex)
        {
            errors.Add($"Log-rank test not computed: {ex.Message}");
            return null;
        }
    }

    /// <summary>The engine names groups by integer code ("group 1"); the reader knows arms.</summary>
    private static string Rename(string warning, ArmIndex arms)
    {
        for (var i = arms.Count - 1; i >= 0; i--)
        {
            warning = warning.Replace($"group {i}", $"arm {arms.Codes[i]}", StringComparison.Ordinal)
                .Replace($"Group {i}", $"Arm {arms.Codes[i]}", StringComparison.Ordinal);
        }

        return warning;
    }
}
