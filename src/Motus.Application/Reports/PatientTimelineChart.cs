using ScottPlot;

namespace Motus.Application.Reports;

/// <summary>
/// Renders a <see cref="PatientTimeline"/> as one SVG on one time axis (months since the origin). Inner left axis:
/// ALSFRS-R total 0–48 (thick black line); outer left axis: the four subscores 0–12 (thin dashed lines), scaled so
/// that its ticks line up with the total's (12 ↔ 48); right axis: vital capacity % predicted. Administrations are
/// green dashed vertical lines labelled with the dose number and a ▲ on the time axis; adverse events are diamonds
/// in a strip above 48, coloured by CTCAE grade and higher for a higher grade; gastrostomy, NIV start, tracheostomy and death are labelled vertical
/// lines. No plot title (event labels use that space); the report's caption names the figure. Colours are Okabe–Ito (colour-blind safe) and series also differ by marker shape; the SVG carries a
/// &lt;title&gt; and a &lt;desc&gt; summarising the content for screen readers.
/// </summary>
public static class PatientTimelineChart
{
    private const double TotalAxisMax = 62; // 48 plus room for the adverse-event strip; the subscore axis is this / 4.
    private static readonly Color Administration = Color.FromHex("#009E73");
    private static readonly Color ClinicalEvent = Color.FromHex("#CC79A7");
    private static readonly Color Black = Color.FromHex("#000000");

    private static readonly (string Hex, MarkerShape Shape)[] SubscoreStyles =
        [("#0072B2", MarkerShape.FilledSquare), ("#D55E00", MarkerShape.FilledTriangleUp), ("#CC79A7", MarkerShape.FilledDiamond), ("#56B4E9", MarkerShape.OpenCircle)];

    /// <summary>
    /// Height of an adverse-event marker on the ALSFRS-R total axis: in a strip above the scale's maximum of 48, higher
    /// for a higher CTCAE grade (grade 1 at 52 … grade 5 at 60; not graded at 50), so same-day events of different
    /// grades do not hide each other.
    /// </summary>
    public static double AdverseEventY(int? grade) => grade is { } g ? 50 + (2 * g) : 50;

    /// <summary>The colour of an adverse-event marker by CTCAE grade (1–5; null = not graded, grey).</summary>
    public static string GradeColour(int? grade) => grade switch
    {
        1 => "#56B4E9",
        2 => "#F0E442",
        3 => "#E69F00",
        4 => "#D55E00",
        5 => "#000000",
        _ => "#999999",
    };

    /// <summary>The timeline as an SVG document (no XML declaration), with a &lt;title&gt; and &lt;desc&gt;.</summary>
    public static string Render(PatientTimeline timeline, int width = 960, int height = 480)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        var plot = new Plot();
        // No plot title: the event labels sit above the plot area (kept clear by the top axis's minimum size); the
        // SVG's <title> and the figure caption name the chart.
        plot.Axes.Top.MinimumSize = 30;
        plot.XLabel($"Months since {timeline.OriginName} ({timeline.Origin:yyyy-MM-dd})", size: 13);
        plot.YLabel("ALSFRS-R total (0–48)", size: 13);
        double[] totalTicks = [0, 12, 24, 36, 48];
        plot.Axes.Left.SetTicks(totalTicks, totalTicks.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, TotalAxisMax, plot.Axes.Left);

        var subAxis = plot.Axes.AddLeftAxis();
        subAxis.LabelText = "Subscore (0–12)";
        subAxis.LabelFontSize = 13;
        double[] subTicks = [0, 3, 6, 9, 12];
        subAxis.SetTicks(subTicks, subTicks.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, TotalAxisMax / 4, subAxis);

        for (var i = 0; i < timeline.Subscores.Count; i++)
        {
            var s = timeline.Subscores[i];
            var style = SubscoreStyles[i % SubscoreStyles.Length];
            var scatter = AddSeries(plot, s, Color.FromHex(style.Hex), style.Shape, 1.2f, LinePattern.Dashed);
            if (scatter is not null)
            {
                scatter.Axes.YAxis = subAxis;
            }
        }

        AddSeries(plot, timeline.Total, Black, MarkerShape.FilledCircle, 2.5f, LinePattern.Solid);

        if (timeline.VitalCapacity.Any(v => v.X.Count > 0))
        {
            plot.Axes.Right.Label.Text = "Vital capacity, % predicted";
            plot.Axes.Right.Label.FontSize = 13;
            var max = timeline.VitalCapacity.SelectMany(v => v.Y).DefaultIfEmpty(100).Max();
            plot.Axes.SetLimitsY(0, Math.Max(120, Math.Ceiling(max / 10) * 10 + 10), plot.Axes.Right);
            var index = 0;
            foreach (var vc in timeline.VitalCapacity)
            {
                var scatter = AddSeries(plot, vc, Color.FromHex("#E69F00"), index == 0 ? MarkerShape.FilledSquare : MarkerShape.OpenSquare, 2f, index == 0 ? LinePattern.Solid : LinePattern.Dotted);
                if (scatter is not null)
                {
                    scatter.Axes.YAxis = plot.Axes.Right;
                }

                index++;
            }
        }

        AddAdministrations(plot, timeline.Administrations);
        AddAdverseEvents(plot, timeline.AdverseEvents);
        foreach (var e in timeline.ClinicalEvents)
        {
            var death = e.Kind == ChartEventKind.Death;
            var line = plot.Add.VerticalLine(e.X, width: death ? 2f : 1.5f, color: death ? Black : ClinicalEvent, pattern: death ? LinePattern.Solid : LinePattern.DenselyDashed);
            line.Text = e.Label;
            line.LabelFontSize = 11;
            line.LabelOppositeAxis = true;
        }

        var (xMin, xMax) = XRange(timeline);
        plot.Axes.SetLimitsX(xMin, xMax);
        plot.ShowLegend(Edge.Right);
        return AddTitleAndDescription(plot.GetSvgXml(width, height), width, height, Title(timeline), PatientTimelineDescription.Describe(timeline));
    }

    /// <summary>Every ALSFRS-R rating, test, administration and event in view, with 3% padding (at least half a month).</summary>
    private static (double Min, double Max) XRange(PatientTimeline timeline)
    {
        var xs = timeline.Subscores.Append(timeline.Total).Concat(timeline.VitalCapacity).SelectMany(s => s.X)
            .Concat(timeline.Administrations.Select(a => a.X)).Concat(timeline.AdverseEvents.Select(a => a.X)).Concat(timeline.ClinicalEvents.Select(e => e.X))
            .DefaultIfEmpty(0).ToList();
        var (min, max) = (xs.Min(), xs.Max());
        var pad = Math.Max(0.5, (max - min) * 0.03);
        return (min - pad, max + pad);
    }

    private static string Title(PatientTimeline timeline) => $"Course of patient {timeline.PatientCode}";

    private static ScottPlot.Plottables.Scatter? AddSeries(Plot plot, ChartSeries series, Color colour, MarkerShape shape, float width, LinePattern pattern)
    {
        if (series.X.Count == 0)
        {
            return null;
        }

        var scatter = plot.Add.Scatter(series.X.ToArray(), series.Y.ToArray());
        scatter.Color = colour;
        scatter.LegendText = series.Label;
        scatter.LineWidth = width;
        scatter.LinePattern = pattern;
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 7;
        return scatter;
    }

    private static void AddAdministrations(Plot plot, IReadOnlyList<TimelineAdministration> administrations)
    {
        if (administrations.Count == 0)
        {
            return;
        }

        foreach (var a in administrations)
        {
            var line = plot.Add.VerticalLine(a.X, width: 1.5f, color: Administration, pattern: LinePattern.Dashed);
            line.Text = $"Dose {a.DoseNumber}";
            line.LabelFontSize = 11;
            line.LabelOppositeAxis = true;
        }

        var markers = plot.Add.Markers(administrations.Select(a => a.X).ToArray(), administrations.Select(_ => 1.0).ToArray(), MarkerShape.FilledTriangleUp, 11, Administration);
        markers.LegendText = "Administration (dose n)";
    }

    private static void AddAdverseEvents(Plot plot, IReadOnlyList<TimelineAdverseEvent> events)
    {
        foreach (var grade in events.GroupBy(e => e.Grade).OrderBy(g => g.Key ?? int.MaxValue))
        {
            var xs = grade.Select(e => e.X).ToArray();
            var markers = plot.Add.Markers(xs, xs.Select(_ => AdverseEventY(grade.Key)).ToArray(), MarkerShape.FilledDiamond, 11, Color.FromHex(GradeColour(grade.Key)));
            markers.MarkerStyle.OutlineColor = Black;
            markers.MarkerStyle.OutlineWidth = 1;
            markers.LegendText = grade.Key is { } g ? $"AE, CTCAE grade {g}" : "AE, not graded";
        }
    }

    private static string AddTitleAndDescription(string svg, int width, int height, string title, string description)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var close = open < 0 ? -1 : svg.IndexOf('>', open);
        if (close < 0)
        {
            throw new InvalidOperationException("ScottPlot returned a document without an <svg> element.");
        }

        var accessible = $"<title>{HtmlReport.Encode(title)}</title><desc>{HtmlReport.Encode(description)}</desc>";
        var tag = svg[open..close];
        if (!tag.Contains("viewBox", StringComparison.Ordinal))
        {
            // Lets the page's `svg { max-width: 100%; height: auto }` scale the chart down on a narrow screen instead of clipping it.
            tag += FormattableString.Invariant($" viewBox=\"0 0 {width} {height}\"");
        }

        return tag + ">" + accessible + svg[(close + 1)..];
    }
}
