using Motus.Analysis.Common;
using Motus.Analysis.Prognosis;
using Motus.Analysis.Progression;
using Motus.Analysis.Staging;
using Motus.Domain.Records;
using static Motus.Application.Reports.ReportFormat;

namespace Motus.Application.Reports;

/// <summary>
/// Builds the patient report: the course of ALSFRS-R, subscores and vital capacity on one time axis with
/// administrations, adverse events and clinical events; staging; progression (ΔFS, slopes, D50, pre/post around the
/// first dose); the ENCALS prediction; the cell-therapy and safety record. Pure: record in, report out.
/// </summary>
public static class PatientReportBuilder
{
    /// <summary>The report for <paramref name="record"/>, dated <paramref name="generatedAt"/>.</summary>
    public static HtmlReport Build(PatientRecord record, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var patient = record.Patient;
        var current = record.Current();
        var report = new HtmlReport($"Patient {patient.Code}", record.Study is { } s ? $"Study {s.ProtocolId} — {s.Name}" : "Study not loaded", generatedAt);
        if (record.Study?.DateShiftAnchor is { } anchor)
        {
            report.Notice($"Dates in this study are shifted: they are day counts added to {anchor:yyyy-MM-dd}, not real calendar dates.");
        }

        Summary(report, record);
        Course(report, record);
        Staging(report, record);
        Progression(report, record);
        Prognosis(report, record);
        PatientSafetyTables.Add(report, current);
        return report;
    }

    private static void Summary(HtmlReport report, PatientRecord record)
    {
        var p = record.Patient;
        var death = record.Death;
        report.Section("summary", "Summary").Table("Patient", ["Field", "Value"],
        [
            ["Sex", p.Sex.ToString()],
            ["Year of birth", Count(p.YearOfBirth)],
            ["Symptom onset", $"{Date(p.OnsetDate)} ({p.OnsetRegion})"],
            ["Diagnosis", $"{Date(p.DiagnosisDate)} ({p.DiagnosticCategory}); delay {(p.DiagnosticDelayDays is { } d ? Number(d / TimeUnits.DaysPerMonth, 1) + " months" : None)}"],
            ["Genetics", p.Genetics?.ToString() ?? None],
            ["FTD", p.Ftd?.ToString() ?? None],
            ["Arm", p.ArmCode ?? None],
            ["Enrolment", Date(p.EnrolmentDate)],
            ["Withdrawal", Date(p.WithdrawalDate)],
            ["Status", death is null ? "alive at last record" : $"died {Date(death.Details.Date)}"],
        ]);
    }

    private const string TimelineCaption = "Timeline: ALSFRS-R total (inner left axis, 0–48) and domain subscores (outer left axis, 0–12), vital capacity % predicted (right axis), " +
        "administrations (green dashed lines, ▲), adverse events (diamonds above the scale, coloured by CTCAE grade) and gastrostomy, NIV, tracheostomy and death (labelled lines)";

    private static void Course(HtmlReport report, PatientRecord record)
    {
        var section = report.Section("course", "Course over time");
        if (PatientTimeline.For(record) is not { } timeline)
        {
            section.Warning("No ALSFRS-R ratings and no onset date: nothing to plot.");
            return;
        }

        section.Figure(PatientTimelineChart.Render(timeline), TimelineCaption)
            .Chart(PatientCharts.Subscores(record, timeline.Origin, timeline.OriginName), "ALSFRS-R domain subscores on their own scale: bulbar (items 1–3), fine motor (4–6), gross motor (7–9), respiratory (R1–R3)")
            .Method($"Time axis: months since {timeline.OriginName} ({timeline.Origin:yyyy-MM-dd}), 1 month = {TimeUnits.DaysPerMonth} days. Totals are computed from the items when all are present, else the recorded total.");
    }

    private static void Staging(HtmlReport report, PatientRecord record)
    {
        var timeline = StagingTimeline.Build(record);
        var section = report.Section("staging", "Staging");
        section.Table("Stage at each ALSFRS-R rating", ["Date", "King's (estimated)", "MiToS"],
            timeline.Points.Select(pt => (IReadOnlyList<string>)[Date(pt.Date), pt.Kings.Label ?? $"not determined ({pt.Kings.NotDeterminedReason})", pt.Mitos.Stage is { } m ? Count(m) : $"not determined ({pt.Mitos.NotDeterminedReason})"]));
        section.Table("Time in each King's stage", ["Stage", "First observed", "Months"], timeline.KingsDurations.Select(d => (IReadOnlyList<string>)[d.Stage, Date(d.FirstObserved), Number(d.Months, 1)]));
        section.Table("Time in each MiToS stage", ["Stage", "First observed", "Months"], timeline.MitosDurations.Select(d => (IReadOnlyList<string>)[d.Stage, Date(d.FirstObserved), Number(d.Months, 1)]));
        section.Method(timeline.Method).Warnings(timeline.Warnings);
    }

    private static void Progression(HtmlReport report, PatientRecord record)
    {
        var section = report.Section("progression", "Progression");
        var deltas = DeltaFs.AtEveryRating(record);
        var latest = deltas.LastOrDefault(d => d.Estimable);
        var slope = ProgressionSlope.Fit(record, DateWindow.All);
        var anchored = ProgressionSlope.FitOnsetAnchored(record, DateWindow.All);
        var d50 = D50Model.Fit(record);
        section.Table("Rates of decline", ["Measure", "Value", "Note"],
        [
            ["ΔFS at first rating (points/month)", Number(deltas.FirstOrDefault(d => d.Estimable)?.Value), (deltas.Count > 0 ? deltas[0].NotEstimableReason : null) ?? ""],
            ["ΔFS at latest rating (points/month)", Number(latest?.Value), ""],
            ["OLS slope, all ratings (points/month)", WithSe(slope.Slope, slope.StandardError), slope.NotEstimableReason ?? $"{slope.PointCount} ratings over {Number(slope.SpanMonths, 1)} months"],
            ["Onset-anchored slope (points/month)", WithSe(anchored.Slope, anchored.StandardError), anchored.NotEstimableReason ?? ""],
            ["D50 (months from onset to half function)", WithSe(d50.D50, d50.D50StandardError, 1), d50.NotEstimableReason ?? (d50.Aggressiveness?.ToString() ?? "")],
            ["D50 dx (months)", WithSe(d50.Dx, d50.DxStandardError, 1), ""],
        ]);
        section.Method(latest?.Method ?? (deltas.Count > 0 ? deltas[0].Method : null) ?? "ΔFS = (48 − total) / months since onset.")
            .Method(slope.Method).Method(anchored.Method).Method(d50.Method);
        if (PrePostSlopes.CompareAtDose(record) is { } prePost)
        {
            section.Table($"Slope before and after dose 1 ({prePost.AdministrationDate:yyyy-MM-dd})", ["Period", "Window", "Slope (points/month)", "Ratings"],
            [
                ["Lead-in", prePost.LeadIn.ToString(), WithSe(prePost.PreSlope.Slope, prePost.PreSlope.StandardError), Count(prePost.PreSlope.PointCount)],
                ["Post", prePost.Post.ToString(), WithSe(prePost.PostSlope.Slope, prePost.PostSlope.StandardError), Count(prePost.PostSlope.PointCount)],
                ["Post − lead-in", "", WithSe(prePost.Difference, prePost.DifferenceStandardError), $"relative change {Percent(prePost.RelativeChange)}"],
            ]).Method(prePost.Method)
              .Warning("A pre/post slope change in one patient is not evidence of a treatment effect: noise, regression to the mean and curvilinear decline produce such changes without treatment (see the study report's responder analysis and its natural-history null).");
        }
    }

    private static void Prognosis(HtmlReport report, PatientRecord record)
    {
        var section = report.Section("prognosis", "Prognosis (ENCALS)");
        section.Warning("The ENCALS coefficients and baseline come from public code and were not checked against the paper's supplement (Westeneng et al., Lancet Neurol 2018). Treat the prediction as unverified.");
        var prediction = EncalsPatientPrediction.For(record);
        if (prediction.Prediction is not { } p)
        {
            section.Paragraph("No prediction: " + string.Join(" ", prediction.Errors));
            return;
        }

        section.Table("Linear predictor", ["Predictor", "Value", "Transform", "Coefficient", "Contribution"],
            p.LinearPredictor.Terms.Select(t => (IReadOnlyList<string>)[t.Predictor, Number(t.Value, 2), t.Transform, Number(t.Coefficient, 3), Number(t.Contribution, 3)]));
        var window = prediction.Inputs.Predictors is { } x ? TricalsWindow.Check(x) : null;
        section.Table("Prediction", ["Quantity", "Value"],
        [
            ["Linear predictor", Number(p.LinearPredictor.Value, 3)],
            ["Predicted median event-free survival from onset (months)", Number(p.MedianMonths, 1)],
            .. p.Quantiles.Select(q => (IReadOnlyList<string>)[$"Time to {Percent(q.SurvivalLevel, 0)} event-free (months)", q.MonthsSinceOnset is { } m ? Number(m, 1) : q.NotEstimableReason ?? None]),
            ["TRICALS risk-profile window (−6 ≤ LP ≤ −2)", window is null ? None : window.Inside ? "inside" : "outside"],
        ]);
        section.Chart(PatientCharts.Encals(p), "ENCALS predicted probability of being free of death or tracheostomy, by months since onset")
            .Method(p.LinearPredictor.Method).Method(p.Method)
            .Warnings(prediction.Inputs.Warnings.Concat(p.Warnings));
    }
}
