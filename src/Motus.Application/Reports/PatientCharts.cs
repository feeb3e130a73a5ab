using Motus.Analysis.Common;
using Motus.Analysis.Prognosis;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Application.Reports;

/// <summary>
/// The charts of a patient's course, on one time axis: months since symptom onset (or, without an onset date, since
/// the first ALSFRS-R rating), with administrations, adverse events and clinical events as vertical lines.
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

    /// <summary>ALSFRS-R total (0–48) with every event line.</summary>
    public static Chart Total(PatientRecord record, DateOnly origin, string originName)
    {
        var ratings = record.Current().Alsfrs.Where(a => a.Details.Total is not null).OrderBy(a => a.Details.Date).ToList();
        return new Chart
        {
            Title = $"ALSFRS-R total — {record.Patient.Code}",
            XLabel = $"Months since {originName}",
            YLabel = "ALSFRS-R total (0–48)",
            YLimits = (0, 48),
            Series = [new ChartSeries("Total", ratings.Select(a => Months(origin, a.Details.Date)).ToArray(), ratings.Select(a => (double)a.Details.Total!.Value).ToArray())],
            Events = Events(record, origin),
        };
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

    /// <summary>Best vital capacity, % predicted, per test (forced and slow as separate series).</summary>
    public static Chart VitalCapacity(PatientRecord record, DateOnly origin, string originName)
    {
        var series = record.Current().VitalCapacity.Where(v => v.Details.BestPercentPredicted is not null)
            .GroupBy(v => v.Details.Kind).OrderBy(g => g.Key)
            .Select(g =>
            {
                var tests = g.OrderBy(v => v.Details.Date).ToList();
                return new ChartSeries($"{g.Key} VC", tests.Select(v => Months(origin, v.Details.Date)).ToArray(), tests.Select(v => v.Details.BestPercentPredicted!.Value).ToArray());
            }).ToList();
        return new Chart
        {
            Title = "Vital capacity",
            XLabel = $"Months since {originName}",
            YLabel = "% of predicted (best trial)",
            Height = 300,
            Series = series,
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
