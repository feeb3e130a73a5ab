using Motus.Analysis.Cafs;
using Motus.Analysis.Cohort;
using Motus.Analysis.Common;
using Motus.Analysis.Endpoints;
using Motus.Analysis.Responders;
using Motus.Domain.Records;
using static Motus.Application.Reports.ReportFormat;

namespace Motus.Application.Reports;

/// <summary>The efficacy sections of the study report: survival, slopes, CAFS, responders.</summary>
internal static class StudyEfficacySections
{
    public static void Survival(HtmlReport report, IReadOnlyList<PatientRecord> records, StudyReportOptions options, string control)
    {
        var section = report.Section("survival", "Survival");
        var km = SurvivalByArm.Analyse(records, options.Endpoint, options.Origin!.Value);
        if (km.Errors.Count > 0)
        {
            section.Warnings(km.Errors);
            return;
        }

        section.Chart(new Chart
        {
            Title = $"Kaplan–Meier: {km.Endpoint}",
            XLabel = $"Months since {options.Origin!.Value}",
            YLabel = "Probability event-free",
            YLimits = (0, 1.02),
            Series = km.Arms.Select((a, i) => new ChartSeries($"{a.ArmCode} (n={a.Patients}, {a.Events} events)",
                [0, .. a.Points.Select(p => p.Months)], [1, .. a.Points.Select(p => p.Survival)], SeriesStyle.Step, i)).ToList(),
        }, $"Kaplan–Meier curves by arm for {km.Endpoint}");
        section.Table("By arm", ["Arm", "Patients", "Events", "Median (months)", "95% CI"],
            km.Arms.Select(a => (IReadOnlyList<string>)[a.ArmCode, Count(a.Patients), Count(a.Events), Number(a.Median.Estimate, 1), $"{Number(a.Median.Lower, 1)} to {Number(a.Median.Upper, 1)}"]));
        if (km.LogRank is { } lr)
        {
            section.Paragraph($"Log-rank test: χ² = {Number(lr.ChiSquare, 3)} on {lr.DegreesOfFreedom} df, p = {PValue(lr.PValue)}.");
        }

        section.Method(km.Method);
        var cox = CoxByArm.Fit(records, options.Endpoint, options.Origin!.Value, control, [CohortCovariate.AgeAtOrigin, CohortCovariate.Male, CohortCovariate.BulbarOnset]);
        if (cox.Terms.Count > 0)
        {
            section.Table($"Cox model (control arm {control})", ["Term", "Hazard ratio", "95% CI", "p", "Status"],
                cox.Terms.Select(t => (IReadOnlyList<string>)[t.Name, Number(t.HazardRatio, 3), $"{Number(t.Lower, 3)} to {Number(t.Upper, 3)}", PValue(t.PValue), t.Status]))
                .Method(cox.Method);
            if (!cox.Converged || cox.Terms.Any(t => t.HazardRatio is > 1e3 or < 1e-3))
            {
                section.Warning("The Cox fit did not converge or some hazard ratio is extreme: with few events, all events in one group (monotone likelihood) makes an estimate infinite. Do not read these hazard ratios.");
            }

            section.Warnings(cox.Warnings.Concat(cox.Errors));
        }

        section.Warnings(km.Warnings.Concat(km.Excluded.Count > 0 ? [$"{km.Excluded.Count} patient(s) excluded (no origin date or no follow-up)."] : []));
    }

    public static void Slopes(HtmlReport report, IReadOnlyList<PatientRecord> records, StudyReportOptions options, string control)
    {
        var section = report.Section("slopes", "ALSFRS-R decline by arm");
        ObservedMeans(section, records, options.Origin!.Value);
        var fit = SlopesByArm.Fit(records, options.Origin!.Value, control);
        if (fit.Errors.Count > 0)
        {
            section.Warnings(fit.Errors);
            return;
        }

        section.Table("Mean slope by arm (mixed model)", ["Arm", "Patients", "Ratings", "Slope (points/month)", "95% CI"],
            fit.Arms.Select(a => (IReadOnlyList<string>)[a.ArmCode, Count(a.Patients), Count(a.Ratings), WithSe(a.Slope, a.StdErr, 3), $"{Number(a.Lower, 3)} to {Number(a.Upper, 3)}"]));
        section.Table($"Difference from control ({control})", ["Arm", "Slope difference", "95% CI", "p", "Percent slowing", "95% CI"],
            fit.Differences.Select(d => (IReadOnlyList<string>)[d.ArmCode, Number(d.Difference, 3), $"{Number(d.Lower, 3)} to {Number(d.Upper, 3)}", PValue(d.PValue),
                d.PercentSlowing is { } ps ? Number(ps, 1) + "%" : d.PercentSlowingNote ?? None, $"{Number(d.PercentSlowingLower, 1)} to {Number(d.PercentSlowingUpper, 1)}"]));
        section.Method(fit.Method);
        section.Warnings(fit.Warnings);
    }

    public static void Cafs(HtmlReport report, IReadOnlyList<PatientRecord> records, StudyReportOptions options, string control, IReadOnlyList<string> arms)
    {
        var section = report.Section("cafs", "CAFS (combined assessment of function and survival)");
        var treated = arms.Where(a => a != control && a != "(none)").ToList();
        if (treated.Count == 0)
        {
            section.Paragraph("CAFS compares two arms; this study has no arm besides the control.");
            return;
        }

        foreach (var arm in treated)
        {
            var result = CafsAnalysis.Analyse(records, new CafsOptions { TreatedArm = arm, ControlArm = control, HorizonDays = options.CafsHorizonDays, Origin = options.Origin!.Value });
            if (result.Errors.Count > 0)
            {
                section.Warnings(result.Errors);
                continue;
            }

            var t = result.Test;
            section.Table($"{arm} vs {control}", ["Quantity", "Value"],
            [
                ["Patients scored", Count(result.Patients.Count)],
                [$"Mean rank, {arm}", Number(result.MeanRankTreated, 1)],
                [$"Mean rank, {control}", Number(result.MeanRankControl, 1)],
                ["Joint-rank statistic T", Number(t?.Statistic, 1)],
                ["Z (normal approximation)", Number(t?.Z, 3)],
                ["p, two-sided (normal)", PValue(t?.NormalTwoSided)],
                [$"p, two-sided ({t?.Permutation.Kind})", PValue(t?.Permutation.TwoSided)],
            ]).Method(result.Method);
            if (t is not null)
            {
                section.Method(t.Method);
            }
        }
    }

    public static void Responders(HtmlReport report, IReadOnlyList<PatientRecord> records, StudyReportOptions options)
    {
        var section = report.Section("responders", "Responder analysis, beside natural history");
        section.Warning("A responder rate from one arm says nothing about efficacy on its own: noise, regression to the mean and curvilinear decline alone make 30–55% of untreated patients 'responders' by such definitions. Read it only against the null rates below and against a randomised control.");
        var result = ResponderAnalysis.Run(records, new ResponderOptions { RelativeReduction = options.ResponderThreshold });
        section.Table("Responders (all arms with an administration)", ["Quantity", "Value"],
        [
            ["Definition", $"post-dose slope at least {Percent(options.ResponderThreshold, 0)} less steep than the lead-in slope"],
            ["Evaluable patients", Count(result.Evaluable)],
            ["Not evaluable", Count(result.NotEvaluable)],
            ["Responders", Count(result.Responders)],
            ["Rate (95% Clopper–Pearson CI)", result.Rate is null ? None : $"{Percent(result.Rate)} ({Percent(result.ConfidenceInterval?.Lower)} to {Percent(result.ConfidenceInterval?.Upper)})"],
        ]);
        section.Table("The same count under published natural-history nulls", ["Null", "Null rate", "P(≥ observed | null)", "Same definition?", "Source"],
            result.PublishedNulls.Count > 0
                ? result.PublishedNulls.Select(n => (IReadOnlyList<string>)[n.Null.Name, Percent(n.Null.Rate), PValue(n.PValue), n.SameDefinition ? "yes" : "no — indicative only", n.Null.Citation])
                : NaturalHistoryNull.Published.Select(n => (IReadOnlyList<string>)[n.Name, Percent(n.Rate), "— (no evaluable patient)", "—", n.Citation]));
        section.Method(result.Method);
        section.Warnings(result.Warnings);
    }

    private static void ObservedMeans(ReportSection section, IReadOnlyList<PatientRecord> records, TimeOrigin origin)
    {
        var series = records.GroupBy(r => r.Patient.ArmCode ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal).Select((g, i) =>
        {
            var bins = g.SelectMany(r => FollowUp.OriginDate(r, origin) is { } o
                    ? r.Alsfrs.Where(a => !a.IsDeleted && a.Details.Total is not null && a.Details.Date >= o)
                        .Select(a => (Month: (int)Math.Round(TimeUnits.MonthsBetween(o, a.Details.Date)), Total: (double)a.Details.Total!.Value))
                    : [])
                .GroupBy(p => p.Month).Where(b => b.Count() >= 3).OrderBy(b => b.Key).ToList();
            return new ChartSeries(g.Key, bins.Select(b => (double)b.Key).ToArray(), bins.Select(b => b.Average(p => p.Total)).ToArray(), SeriesStyle.LineWithMarkers, i);
        }).ToList();
        section.Chart(new Chart { Title = "Observed mean ALSFRS-R total by arm", XLabel = $"Months since {origin} (rounded)", YLabel = "Mean ALSFRS-R total", Series = series },
            "Observed mean ALSFRS-R total by arm and month (months with at least 3 ratings); no adjustment for dropout, which makes later means look better");
    }

}
