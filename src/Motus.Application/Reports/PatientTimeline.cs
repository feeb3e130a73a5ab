using Motus.Analysis.Common;
using Motus.Domain.Assessments;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Application.Reports;

/// <summary>
/// A patient's course on one time axis (months since symptom onset, or since the first ALSFRS-R rating without an
/// onset date): ALSFRS-R total and the four domain subscores, vital capacity % predicted, administrations, adverse
/// events and clinical events. Rendered by <see cref="PatientTimelineChart"/>.
/// </summary>
public sealed record PatientTimeline
{
    /// <summary>Patient code.</summary>
    public required string PatientCode { get; init; }
    /// <summary>The date at month 0.</summary>
    public required DateOnly Origin { get; init; }
    /// <summary>What the origin is ("symptom onset" or "first ALSFRS-R rating").</summary>
    public required string OriginName { get; init; }
    /// <summary>ALSFRS-R total (0–48).</summary>
    public required ChartSeries Total { get; init; }
    /// <summary>Bulbar, fine motor, gross motor and respiratory subscores (0–12 each), in that order.</summary>
    public required IReadOnlyList<ChartSeries> Subscores { get; init; }
    /// <summary>Best vital capacity % predicted, one series per kind of test (forced, slow).</summary>
    public required IReadOnlyList<ChartSeries> VitalCapacity { get; init; }
    /// <summary>Every administration.</summary>
    public required IReadOnlyList<TimelineAdministration> Administrations { get; init; }
    /// <summary>Every adverse event (all grades).</summary>
    public required IReadOnlyList<TimelineAdverseEvent> AdverseEvents { get; init; }
    /// <summary>Gastrostomy, NIV start, tracheostomy and death.</summary>
    public required IReadOnlyList<TimelineClinicalEvent> ClinicalEvents { get; init; }

    /// <summary>The timeline of <paramref name="record"/>, or null when it has neither an onset date nor an ALSFRS-R rating.</summary>
    public static PatientTimeline? For(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (PatientCharts.Origin(record) is not { } origin)
        {
            return null;
        }

        var current = record.Current();
        var ratings = current.Alsfrs.OrderBy(a => a.Details.Date).ToList();
        ChartSeries Score(string name, Func<AlsfrsDetails, int?> score)
        {
            var points = ratings.Where(a => score(a.Details) is not null).ToList();
            return new ChartSeries(name, points.Select(a => Months(origin.Origin, a.Details.Date)).ToArray(), points.Select(a => (double)score(a.Details)!.Value).ToArray());
        }

        var vc = current.VitalCapacity.Where(v => v.Details.BestPercentPredicted is not null).GroupBy(v => v.Details.Kind).OrderBy(g => g.Key)
            .Select(g =>
            {
                var tests = g.OrderBy(v => v.Details.Date).ToList();
                var name = g.Key == VitalCapacityKind.Forced ? "FVC % predicted" : "SVC % predicted";
                return new ChartSeries(name, tests.Select(v => Months(origin.Origin, v.Details.Date)).ToArray(), tests.Select(v => v.Details.BestPercentPredicted!.Value).ToArray());
            }).ToList();
        return new PatientTimeline
        {
            PatientCode = record.Patient.Code,
            Origin = origin.Origin,
            OriginName = origin.Name,
            Total = Score("ALSFRS-R total", d => d.Total),
            Subscores = [Score("Bulbar", d => d.Bulbar), Score("Fine motor", d => d.FineMotor), Score("Gross motor", d => d.GrossMotor), Score("Respiratory", d => d.Respiratory)],
            VitalCapacity = vc,
            Administrations = current.Administrations.OrderBy(a => a.Details.Date)
                .Select(a => new TimelineAdministration(Months(origin.Origin, a.Details.Date), a.Details.DoseNumber)).ToList(),
            AdverseEvents = current.AdverseEvents.OrderBy(a => a.Details.OnsetDate)
                .Select(a => new TimelineAdverseEvent(Months(origin.Origin, a.Details.OnsetDate), a.Details.Grade?.Value, a.Details.VerbatimTerm)).ToList(),
            ClinicalEvents = current.Events.Where(e => Label(e.Details.Kind) is not null).OrderBy(e => e.Details.Date)
                .Select(e => new TimelineClinicalEvent(Months(origin.Origin, e.Details.Date), Label(e.Details.Kind)!, e.Details.Kind == ClinicalEventKind.Death ? ChartEventKind.Death : ChartEventKind.Clinical)).ToList(),
        };
    }

    private static string? Label(ClinicalEventKind kind) => kind switch
    {
        ClinicalEventKind.Gastrostomy => "Gastrostomy",
        ClinicalEventKind.NivStart => "NIV start",
        ClinicalEventKind.Tracheostomy => "Tracheostomy",
        ClinicalEventKind.Death => "Death",
        _ => null,
    };

    private static double Months(DateOnly origin, DateOnly date) => TimeUnits.MonthsBetween(origin, date);
}
