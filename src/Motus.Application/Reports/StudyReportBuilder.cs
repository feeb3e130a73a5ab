using System.Globalization;
using Motus.Analysis.Common;
using Motus.Analysis.Endpoints;
using Motus.Analysis.Progression;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using static Motus.Application.Reports.ReportFormat;

namespace Motus.Application.Reports;

/// <summary>
/// Builds the study report: enrolment, baseline by arm, survival (KM by arm, log-rank), ALSFRS-R slope comparison
/// (mixed model with percent slowing), CAFS with the joint-rank test, safety tables, and the responder analysis beside
/// its natural-history null. Pure: records in, report out.
/// </summary>
public static class StudyReportBuilder
{
    /// <summary>The report for <paramref name="study"/> and its (current) patients.</summary>
    public static HtmlReport Build(Study study, IReadOnlyList<PatientRecord> records, StudyReportOptions options, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var report = new HtmlReport($"Study {study.ProtocolId}", $"{study.Name} — {records.Count.ToString(CultureInfo.InvariantCulture)} patients", generatedAt);
        if (study.DateShiftAnchor is { } anchor)
        {
            report.Notice($"Dates in this study are shifted: day counts added to {anchor:yyyy-MM-dd}, not real calendar dates.");
        }

        var arms = records.Select(r => r.Patient.ArmCode ?? "(none)").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (control, why) = ChooseControl(arms, options.ControlArm);
        var (origin, whyOrigin) = ChooseOrigin(records, options.Origin);
        options = options with { Origin = origin };
        report.Notice($"Control arm: {control} ({why}). Time origin: {origin} ({whyOrigin}). Survival endpoint: {options.Endpoint.Name}.");
        Enrolment(report, records, arms);
        Baseline(report, records, arms);
        StudyEfficacySections.Survival(report, records, options, control);
        StudyEfficacySections.Slopes(report, records, options, control);
        StudyEfficacySections.Cafs(report, records, options, control, arms);
        StudySafetySection.Add(report, records);
        StudyEfficacySections.Responders(report, records, options);
        return report;
    }

    /// <summary>The time origin and why it was chosen.</summary>
    public static (TimeOrigin Origin, string Why) ChooseOrigin(IReadOnlyList<PatientRecord> records, TimeOrigin? requested)
    {
        ArgumentNullException.ThrowIfNull(records);
        return requested is { } r ? (r, "as requested")
            : records.Any(p => p.Patient.EnrolmentDate is not null) ? (TimeOrigin.Enrolment, "patients have enrolment dates; choose another with --origin")
            : (TimeOrigin.FirstRating, "no enrolment dates are recorded (as in PRO-ACT data, whose day 0 is the first visit); choose another with --origin");
    }

    /// <summary>The control arm and why it was chosen.</summary>
    public static (string Arm, string Why) ChooseControl(IReadOnlyList<string> arms, string? requested)
    {
        ArgumentNullException.ThrowIfNull(arms);
        if (requested is not null)
        {
            return arms.Contains(requested, StringComparer.Ordinal)
                ? (requested, "as requested")
                : throw new MotusException(ExitCategory.Usage, $"No arm {requested} in this study; arms: {string.Join(", ", arms)}.");
        }

        var named = arms.FirstOrDefault(a => a.Contains("placebo", StringComparison.OrdinalIgnoreCase) || a.Contains("control", StringComparison.OrdinalIgnoreCase));
        return named is not null
            ? (named, "its code names a placebo or control arm; choose another with --control")
            : arms.Count > 0 ? (arms[0], "the first arm by code, as no arm is named placebo or control; choose another with --control") : ("(none)", "the study has no arms");
    }

    private static void Enrolment(HtmlReport report, IReadOnlyList<PatientRecord> records, IReadOnlyList<string> arms)
    {
        var section = report.Section("enrolment", "Enrolment");
        var sites = records.GroupBy(r => r.Patient.SiteId).Select((g, i) => (Site: $"site {i + 1}", Patients: g.ToList())).ToList();
        section.Table("Patients by arm", ["Arm", "Patients", "Enrolled (with date)", "Died", "Withdrawn"],
            arms.Select(a =>
            {
                var inArm = records.Where(r => (r.Patient.ArmCode ?? "(none)") == a).ToList();
                return (IReadOnlyList<string>)[a, Count(inArm.Count), Count(inArm.Count(r => r.Patient.EnrolmentDate is not null)),
                    Count(inArm.Count(r => r.Death is not null)), Count(inArm.Count(r => r.Patient.WithdrawalDate is not null))];
            }));
        var enrolled = records.Where(r => r.Patient.EnrolmentDate is not null).Select(r => r.Patient.EnrolmentDate!.Value).Order().ToList();
        if (enrolled.Count > 1)
        {
            var first = enrolled[0];
            section.Chart(new Chart
            {
                Title = "Cumulative enrolment",
                XLabel = $"Months since first enrolment ({first:yyyy-MM-dd})",
                YLabel = "Patients enrolled",
                Height = 280,
                Series = [new ChartSeries("Enrolled", enrolled.Select(d => TimeUnits.MonthsBetween(first, d)).ToArray(), enrolled.Select((_, i) => (double)(i + 1)).ToArray(), SeriesStyle.Step)],
            }, "Cumulative number of patients enrolled over time");
        }

        section.Method($"Counts of current (not deleted) patients; {sites.Count} site(s).");
    }

    private static void Baseline(HtmlReport report, IReadOnlyList<PatientRecord> records, IReadOnlyList<string> arms)
    {
        var byArm = arms.Select(a => records.Where(r => (r.Patient.ArmCode ?? "(none)") == a).ToList()).ToList();
        string Row(List<PatientRecord> g, Func<PatientRecord, double?> value, bool median)
        {
            var xs = g.Select(value).Where(v => v is not null).Select(v => v!.Value).Order().ToList();
            if (xs.Count == 0)
            {
                return None;
            }

            var mean = xs.Average();
            var sd = xs.Count > 1 ? Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1)) : double.NaN;
            return median
                ? $"{Number(SampleQuantile.Type7(xs, 0.5), 2)} [{Number(SampleQuantile.Type7(xs, 0.25), 2)}, {Number(SampleQuantile.Type7(xs, 0.75), 2)}] (n={xs.Count})"
                : $"{Number(mean, 1)} ± {Number(double.IsNaN(sd) ? null : sd, 1)} (n={xs.Count})";
        }

        string Share(List<PatientRecord> g, Func<PatientRecord, bool?> flag)
        {
            var known = g.Select(flag).Where(f => f is not null).ToList();
            return known.Count == 0 ? None : $"{known.Count(f => f!.Value)}/{known.Count} ({Percent(known.Count(f => f!.Value) / (double)known.Count)})";
        }

        static AlsfrsFirst? FirstRating(PatientRecord r) =>
            r.Alsfrs.Where(a => !a.IsDeleted && a.Details.Total is not null).OrderBy(a => a.Details.Date).Select(a => new AlsfrsFirst(a.Details)).FirstOrDefault();

        var rows = new List<(string Name, Func<List<PatientRecord>, string> Cell)>
        {
            ("Patients", g => Count(g.Count)),
            ("Age at onset, years: mean ± SD", g => Row(g, r => r.Patient.YearOfBirth is { } y && r.Patient.OnsetDate is { } o ? o.Year - y : null, false)),
            ("Male", g => Share(g, r => r.Patient.Sex == Domain.Patients.Sex.Unknown ? null : r.Patient.Sex == Domain.Patients.Sex.Male)),
            ("Bulbar onset", g => Share(g, r => r.Patient.OnsetRegion == Domain.Patients.OnsetRegion.Unknown ? null : r.Patient.OnsetRegion == Domain.Patients.OnsetRegion.Bulbar)),
            ("Diagnostic delay, months: median [IQR]", g => Row(g, r => r.Patient.DiagnosticDelayDays / TimeUnits.DaysPerMonth, true)),
            ("First ALSFRS-R total: mean ± SD", g => Row(g, r => FirstRating(r)?.Details.Total, false)),
            ("ΔFS at first rating, points/month: median [IQR]", g => Row(g, r => FirstRating(r) is { } f ? DeltaFs.AtRating(r.Patient, f.Details).Value : null, true)),
            ("Riluzole at baseline", g => Share(g, r => r.Patient.RiluzoleAtBaseline)),
        };
        report.Section("baseline", "Baseline characteristics by arm")
            .Table("Baseline", ["Characteristic", .. arms], rows.Select(row => (IReadOnlyList<string>)[row.Name, .. byArm.Select(row.Cell)]))
            .Method("Means ± SD and medians [25th, 75th percentile, type 7]; proportions over patients with a known value; age at onset = onset year − birth year; ΔFS = (48 − first total) / months since onset, ALSFRS-R ratings only.");
    }


    private sealed record AlsfrsFirst(Domain.Assessments.AlsfrsDetails Details);
}
