using System.Text.RegularExpressions;
using System.Xml.Linq;
using Motus.Application.Reports;
using Motus.Domain.Events;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Testing;

namespace Motus.Application.Tests.Reports;

public sealed class PatientTimelineChartTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Four monthly ratings from 2025-06-10 (totals 36, 35, 34, 33), doses 1 and 2 (2025-07-01, 2025-10-01), adverse
    /// events of grade 1, grade 3 and not graded, one FVC test, a gastrostomy, a withdrawal record (not plotted) and
    /// death (2026-03-01).
    /// </summary>
    private static PatientRecord Record()
    {
        var patient = Builders.ValidPatient();
        var baseline = Builders.ValidAlsfrsDetails(new DateOnly(2025, 6, 10)) with { Q9Stairs = 2 };
        var ratings = new[]
        {
            baseline,
            baseline with { Date = new(2025, 7, 10), Q9Stairs = 1 },
            baseline with { Date = new(2025, 8, 10), Q9Stairs = 1, Q8Walking = 1 },
            baseline with { Date = new(2025, 9, 10), Q9Stairs = 1, Q8Walking = 1, Q7Turning = 2 },
        }.Select(d => Builders.ValidAlsfrsAssessment(patient.Id, d)).ToList();
        var ae = Builders.ValidAdverseEventDetails();
        return new PatientRecord
        {
            Patient = patient,
            Alsfrs = ratings,
            Administrations =
            [
                Builders.ValidAdministration(patient.Id),
                Builders.ValidAdministration(patient.Id, Builders.ValidAdministrationDetails(doseNumber: 2, date: new(2025, 10, 1))),
            ],
            AdverseEvents =
            [
                Builders.ValidAdverseEvent(patient.Id, ae),
                Builders.ValidAdverseEvent(patient.Id, ae with { VerbatimTerm = "Back pain", Grade = CtcaeGrade.From(3), OnsetDate = new(2025, 10, 3), ResolutionDate = new(2025, 10, 9) }),
                Builders.ValidAdverseEvent(patient.Id, ae with { VerbatimTerm = "Nausea", Grade = null, OnsetDate = new(2025, 10, 2), ResolutionDate = new(2025, 10, 3) }),
            ],
            VitalCapacity = [Builders.ValidVitalCapacityTest(patient.Id)],
            Events =
            [
                Builders.ValidClinicalEvent(patient.Id, Builders.ValidClinicalEventDetails() with { Date = new(2025, 11, 10) }),
                Builders.ValidClinicalEvent(patient.Id, Builders.ValidClinicalEventDetails() with { Kind = ClinicalEventKind.Withdrawal, Date = new(2025, 12, 1) }),
                Builders.ValidClinicalEvent(patient.Id, Builders.DeathDetails(new(2026, 3, 1))),
            ],
        };
    }

    private static List<string> Texts(string svg) =>
        Regex.Matches(svg, "<text[^>]*>(.*?)</text>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();

    [Fact]
    public void For_TreatedPatient_HasOneMarkerPerAdministrationAdverseEventAndPlottedEvent()
    {
        var timeline = PatientTimeline.For(Record())!;

        Assert.Equal(new DateOnly(2024, 3, 1), timeline.Origin);
        Assert.Equal("symptom onset", timeline.OriginName);
        Assert.Equal(4, timeline.Total.X.Count);
        Assert.Equal(["Bulbar", "Fine motor", "Gross motor", "Respiratory"], timeline.Subscores.Select(s => s.Label));
        Assert.All(timeline.Subscores, s => Assert.Equal(4, s.X.Count));
        Assert.Equal("FVC % predicted", Assert.Single(timeline.VitalCapacity).Label);
        // 2024-03-01 → 2025-07-01 is 487 days = 16 months of 30.4375 days; → 2025-10-01 is 579 days = 19.02 months.
        Assert.Equal([1, 2], timeline.Administrations.Select(a => a.DoseNumber));
        Assert.Equal(16.0, timeline.Administrations[0].X, 1e-12);
        Assert.Equal(579 / 30.4375, timeline.Administrations[1].X, 1e-12);
        // Ordered by onset: grade 1 headache (2025-07-02), ungraded nausea (10-02), grade 3 back pain (10-03).
        Assert.Equal([1, null, 3], timeline.AdverseEvents.Select(a => a.Grade));
        // The withdrawal record is not a clinical milestone and is not drawn.
        Assert.Equal(["Gastrostomy", "Death"], timeline.ClinicalEvents.Select(e => e.Label));
        Assert.Equal([ChartEventKind.Clinical, ChartEventKind.Death], timeline.ClinicalEvents.Select(e => e.Kind));
    }

    [Fact]
    public void Render_TreatedPatient_LabelsEverySeriesAxisDoseAndEvent()
    {
        var texts = Texts(PatientTimelineChart.Render(PatientTimeline.For(Record())!));

        string[] once =
        [
            "ALSFRS-R total", "Bulbar", "Fine motor", "Gross motor", "Respiratory", "FVC % predicted", "Administration (dose n)",
            "AE, CTCAE grade 1", "AE, CTCAE grade 3", "AE, not graded",
            "Months since symptom onset (2024-03-01)", "ALSFRS-R total (0–48)", "Subscore (0–12)", "Vital capacity, % predicted",
            "Dose 1", "Dose 2", "Gastrostomy", "Death",
        ];
        Assert.All(once, label => Assert.Equal(1, texts.Count(t => t == label)));
        Assert.DoesNotContain("Withdrawal", texts);
        Assert.DoesNotContain("AE, CTCAE grade 2", texts);
    }

    [Fact]
    public void Render_TreatedPatient_IsWellFormedSvgWithTitleDescriptionAndViewBox()
    {
        var svg = PatientTimelineChart.Render(PatientTimeline.For(Record())!);

        var root = XDocument.Parse(svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("0 0 960 480", root.Attribute("viewBox")?.Value);
        var first = root.Elements().Take(2).ToList();
        Assert.Equal([ns + "title", ns + "desc"], first.Select(e => e.Name));
        Assert.Equal("Course of patient P001", first[0].Value);
        var desc = first[1].Value;
        Assert.Contains("ALSFRS-R total (inner left axis, 0–48): 4 ratings", desc, StringComparison.Ordinal);
        Assert.Contains("FVC % predicted (right axis): 1 test,", desc, StringComparison.Ordinal);
        Assert.Contains("dose 1 at month 16, dose 2 at month 19", desc, StringComparison.Ordinal);
        Assert.Contains("Headache after lumbar puncture (grade 1) at month 16, Nausea (not graded) at month 19.1, Back pain (grade 3) at month 19.1", desc, StringComparison.Ordinal);
        Assert.Contains("Clinical events: Gastrostomy at month 20.3, Death at month 24.", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RatingsOnly_HasNoRightAxisNoEventLegendAndSaysSo()
    {
        var record = Record() with { Administrations = [], AdverseEvents = [], VitalCapacity = [], Events = [] };

        var svg = PatientTimelineChart.Render(PatientTimeline.For(record)!);

        var texts = Texts(svg);
        Assert.Contains("ALSFRS-R total", texts);
        Assert.DoesNotContain("Vital capacity, % predicted", texts);
        Assert.DoesNotContain("Administration (dose n)", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("AE,", StringComparison.Ordinal));
        Assert.Contains("No administrations. No adverse events. No gastrostomy, NIV start, tracheostomy or death recorded.", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoRatingsAndNoOnset_IsNull()
    {
        var patient = Builders.ValidPatient(Builders.ValidPatientDetails() with { OnsetDate = null, DiagnosisDate = null });

        Assert.Null(PatientTimeline.For(new PatientRecord { Patient = patient }));
    }

    [Fact]
    public void AdverseEventY_ByGrade_SitsAboveTheScaleHigherForWorseGrades()
    {
        Assert.Equal([50.0, 52, 54, 56, 58, 60], new int?[] { null, 1, 2, 3, 4, 5 }.Select(PatientTimelineChart.AdverseEventY));
        Assert.Equal(6, new int?[] { null, 1, 2, 3, 4, 5 }.Select(PatientTimelineChart.GradeColour).Distinct().Count());
    }

    [Fact]
    public void Build_TreatedPatient_ShowsTheTimelineAsTheFirstFigure()
    {
        var html = PatientReportBuilder.Build(Record(), Generated).Render();

        var firstFigure = html.IndexOf("<figure", StringComparison.Ordinal);
        Assert.True(firstFigure > 0);
        Assert.StartsWith("<figure role=\"img\" aria-label=\"Timeline: ALSFRS-R total", html[firstFigure..], StringComparison.Ordinal);
        Assert.True(html.IndexOf("<title>Course of patient P001</title>", StringComparison.Ordinal) < html.IndexOf("ALSFRS-R domain subscores", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TermWithMarkup_IsEscapedAndTheSvgStaysWellFormed()
    {
        var record = Record();
        var ae = record.AdverseEvents[0];
        record = record with { AdverseEvents = [Builders.ValidAdverseEvent(record.Patient.Id, ae.Details with { VerbatimTerm = "Pain <b> & \"fever\"" })] };

        var svg = PatientTimelineChart.Render(PatientTimeline.For(record)!);

        Assert.Contains("Pain &lt;b&gt; &amp; &quot;fever&quot; (grade 1)", svg, StringComparison.Ordinal);
        Assert.Contains("Pain <b> & \"fever\" (grade 1)", XDocument.Parse(svg).Root!.Elements().ElementAt(1).Value, StringComparison.Ordinal);
    }
}
