using Motus.Analysis.Staging;
using Motus.Application.Reports;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Testing;

namespace Motus.Application.Tests.Reports;

public sealed class PatientReportBuilderTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A treated patient: ratings on 2025-06-10, -07-10, -08-10, -09-10 (totals 36, 35, 34, 33: item 9 then 8 then 7
    /// lose a point), one intrathecal dose on 2025-07-01, a grade-3 headache the day after, and an FVC test.
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
        var dose = Builders.ValidAdministration(patient.Id);
        var ae = Builders.ValidAdverseEvent(patient.Id, Builders.ValidAdverseEventDetails() with { Grade = CtcaeGrade.From(3), AdministrationId = dose.Id });
        return new PatientRecord
        {
            Patient = patient,
            Alsfrs = ratings,
            Administrations = [dose],
            AdverseEvents = [ae],
            VitalCapacity = [Builders.ValidVitalCapacityTest(patient.Id)],
        };
    }

    [Fact]
    public void Build_TreatedPatient_HasEverySectionWithChartsAndMethods()
    {
        var report = PatientReportBuilder.Build(Record(), Generated);

        Assert.Equal(["summary", "course", "staging", "progression", "prognosis", "administrations", "adverse-events", "events"], report.Sections.Select(s => s.Id));
        Assert.Equal(2, report.Sections.Single(s => s.Id == "course").ChartCount); // the timeline and the subscores on their own scale
        Assert.All(report.Sections.Where(s => s.Id is "course" or "staging" or "progression"), s => Assert.NotEmpty(s.Methods));
    }

    [Fact]
    public void Build_TreatedPatient_ShowsStagesSlopeDoseAndAdverseEvent()
    {
        var record = Record();
        var expectedKings = StagingTimeline.Build(record).Points.Select(p => p.Kings.Label).ToList();

        var html = PatientReportBuilder.Build(record, Generated).Render();

        // Four ratings, one stage row each, with the King's label the staging analysis gives.
        Assert.Equal(4, expectedKings.Count);
        Assert.All(expectedKings, label => Assert.Contains($"<td>{label}</td>", html, StringComparison.Ordinal));
        // Totals 36, 35, 34, 33 one month apart (30, 31, 31 days): OLS slope ≈ −0.99 points/month.
        Assert.Contains("-0.99", html, StringComparison.Ordinal);
        Assert.Contains("Intrathecal", html, StringComparison.Ordinal);
        Assert.Contains("Headache after lumbar puncture", html, StringComparison.Ordinal);
        Assert.Contains("Slope before and after dose 1 (2025-07-01)", html, StringComparison.Ordinal);
        Assert.Contains("not checked against the paper&#39;s supplement", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PatientWithoutRatingsOrOnset_SaysNothingToPlot()
    {
        var patient = Builders.ValidPatient(Builders.ValidPatientDetails() with { OnsetDate = null, DiagnosisDate = null });
        var report = PatientReportBuilder.Build(new PatientRecord { Patient = patient }, Generated);

        Assert.Equal(0, report.Sections.Single(s => s.Id == "course").ChartCount);
        Assert.Contains("nothing to plot", report.Render(), StringComparison.Ordinal);
    }
}
