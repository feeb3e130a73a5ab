using Motus.Analysis.Common;
using Motus.Analysis.Prognosis;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Application.Reports;

/// <summary>
/// The separate charts of a patient's course, on the time axis of <see cref="PatientTimeline"/>: months since symptom
/// onset (or, without an onset date, since the first ALSFRS-R rating). The combined timeline is
/// <see cref="PatientTimelineChart"/>; these charts show one measure on its own scale.
/// </summary>
public static class PatientCharts
{
    /// <summary>The time origin the charts use and its name.</summary>
    public static (DateOnly Origin, string Name)? Origin(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Patient.OnsetDate is { } onset)
        {
            return (onset, "symptom onset");
        }

        var first = record.Current().Alsfrs.Select(a => a.Details.Date).DefaultIfEmpty().Min();
        return first == default ? null : (first, "first ALSFRS-R rating");
    }

    /// <summary>The four ALSFRS-R domain subscores (0–12 each).</summary>
    public static Chart Subscores(PatientRecord record, DateOnly origin, string originName)
    {
        var ratings = record.Current().Alsfrs.OrderBy(a => a.Details.Date).ToList();
        ChartSeries Domain(string name, Func<Domain.Assessments.AlsfrsDetails, int?> score)
        {
            var points = ratings.Where(a => score(a.Details) is not null).ToList();
            return new ChartSeries(name, points.Select(a => Months(origin, a.Details.Date)).ToArray(), points.Select(a => (double)score(a.Details)!.Value).ToArray());
        }

        return new Chart
        {
            Title = "ALSFRS-R domain subscores",
            XLabel = $"Months since {originName}",
            YLabel = "Subscore (0–12)",
            YLimits = (0, 12.5),
            Height = 300,
            Series = [Domain("Bulbar", d => d.Bulbar), Domain("Fine motor", d => d.FineMotor), Domain("Gross motor", d => d.GrossMotor), Domain("Respiratory", d => d.Respiratory)],
            Events = Events(record, origin),
        };
    }

    /// <summary>The ENCALS predicted survival curve from onset (with the conditional curve when given).</summary>
    public static Chart Encals(EncalsPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new Chart
        {
            Title = "ENCALS predicted survival (unverified coefficients)",
            XLabel = "Months since symptom onset",
            YLabel = "Predicted probability event-free",
            YLimits = (0, 1.02),
            Height = 300,
            Series = [new ChartSeries("Predicted", prediction.Curve.Select(p => p.MonthsSinceOnset).ToArray(), prediction.Curve.Select(p => p.Survival).ToArray(), SeriesStyle.Line)],
        };
    }

    private static List<ChartEvent> Events(PatientRecord record, DateOnly origin)
    {
        var current = record.Current();
        var events = new List<ChartEvent>();
        events.AddRange(current.Administrations.Select(a => new ChartEvent(Months(origin, a.Details.Date), $"Dose {a.Details.DoseNumber}", ChartEventKind.Administration)));
        events.AddRange(current.AdverseEvents.Where(a => a.Details.Grade is { Value: >= 3 } || a.Details.Serious)
            .Select(a => new ChartEvent(Months(origin, a.Details.OnsetDate), $"AE: {a.Details.VerbatimTerm}", ChartEventKind.AdverseEvent)));
        events.AddRange(current.Events.Where(e => e.Details.Kind is ClinicalEventKind.Gastrostomy or ClinicalEventKind.NivStart or ClinicalEventKind.Tracheostomy or ClinicalEventKind.Death)
            .Select(e => new ChartEvent(Months(origin, e.Details.Date), e.Details.Kind.ToString(), e.Details.Kind == ClinicalEventKind.Death ? ChartEventKind.Death : ChartEventKind.Clinical)));
        return events;
    }

    private static double Months(DateOnly origin, DateOnly date) => TimeUnits.MonthsBetween(origin, date);
}
