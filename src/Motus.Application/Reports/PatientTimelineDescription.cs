using System.Globalization;

namespace Motus.Application.Reports;

/// <summary>The text alternative of the patient timeline: what is plotted, how many of each, first and last values.</summary>
public static class PatientTimelineDescription
{
    /// <summary>A plain-text summary of <paramref name="timeline"/> for screen readers (the SVG's &lt;desc&gt;).</summary>
    public static string Describe(PatientTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var parts = new List<string>
        {
            $"Time axis: months since {timeline.OriginName} ({timeline.Origin:yyyy-MM-dd}).",
            Series(timeline.Total, "ratings", "inner left axis, 0–48"),
            $"Subscores bulbar, fine motor, gross motor and respiratory on the outer left axis, 0–12 (12 is level with a total of 48).",
        };
        parts.AddRange(timeline.VitalCapacity.Select(v => Series(v, "tests", "right axis")));
        parts.Add(timeline.Administrations.Count == 0
            ? "No administrations."
            : $"Administrations: {string.Join(", ", timeline.Administrations.Select(a => $"dose {a.DoseNumber} at month {N(a.X)}"))}.");
        parts.Add(timeline.AdverseEvents.Count == 0
            ? "No adverse events."
            : $"Adverse events: {string.Join(", ", timeline.AdverseEvents.Select(a => $"{a.Term} ({(a.Grade is { } g ? $"grade {g}" : "not graded")}) at month {N(a.X)}"))}.");
        parts.Add(timeline.ClinicalEvents.Count == 0
            ? "No gastrostomy, NIV start, tracheostomy or death recorded."
            : $"Clinical events: {string.Join(", ", timeline.ClinicalEvents.Select(e => $"{e.Label} at month {N(e.X)}"))}.");
        return string.Join(" ", parts);
    }

    private static string Series(ChartSeries series, string noun, string axis) => series.X.Count == 0
        ? $"{series.Label}: none."
        : $"{series.Label} ({axis}): {series.X.Count} {(series.X.Count == 1 ? noun[..^1] : noun)}, {N(series.Y[0])} at month {N(series.X[0])} to {N(series.Y[^1])} at month {N(series.X[^1])}.";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
