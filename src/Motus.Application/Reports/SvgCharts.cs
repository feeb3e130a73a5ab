using ScottPlot;

namespace Motus.Application.Reports;

/// <summary>
/// Renders <see cref="Chart"/>s to SVG with ScottPlot, in one consistent style for the HTML reports and the web app.
/// Colours come from a colour-blind-safe palette (Okabe–Ito), and series also differ by marker shape.
/// </summary>
public static class SvgCharts
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"), Color.FromHex("#F0E442"),
    ];

    private static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle, MarkerShape.OpenSquare];

    /// <summary>The chart as an SVG document (UTF-8 text, no XML declaration).</summary>
    public static string Render(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        plot.Title(chart.Title, size: 15);
        plot.XLabel(chart.XLabel, size: 13);
        plot.YLabel(chart.YLabel, size: 13);
        var index = 0;
        foreach (var series in chart.Series)
        {
            var slot = series.Group ?? index;
            index++;
            if (series.X.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(series.X.ToArray(), series.Y.ToArray());
            scatter.Color = Palette[slot % Palette.Length];
            scatter.LegendText = series.Label;
            scatter.LineWidth = 2;
            scatter.MarkerShape = Shapes[slot % Shapes.Length];
            scatter.MarkerSize = 6;
            switch (series.Style)
            {
                case SeriesStyle.Line:
                    scatter.MarkerSize = 0;
                    break;
                case SeriesStyle.Step:
                    scatter.MarkerSize = 0;
                    scatter.ConnectStyle = ConnectStyle.StepHorizontal;
                    break;
                case SeriesStyle.Markers:
                    scatter.LineWidth = 0;
                    break;
                case SeriesStyle.Dashed:
                    scatter.MarkerSize = 0;
                    scatter.LineWidth = 1;
                    scatter.LinePattern = LinePattern.Dashed;
                    break;
            }
        }

        foreach (var e in chart.Events)
        {
            var line = plot.Add.VerticalLine(e.X, width: 1.5f, color: EventColor(e.Kind), pattern: e.Kind == ChartEventKind.AdverseEvent ? LinePattern.Dotted : LinePattern.Dashed);
            line.Text = e.Label;
            line.LabelFontSize = 10;
            line.LabelOppositeAxis = true;
        }

        if (chart.Series.Any(s => s.X.Count > 0))
        {
            plot.ShowLegend(Alignment.LowerLeft);
        }

        if (chart.YLimits is { } y)
        {
            plot.Axes.SetLimitsY(y.Min, y.Max);
        }

        if (chart.XLimits is { } x)
        {
            plot.Axes.SetLimitsX(x.Min, x.Max);
        }

        return plot.GetSvgXml(chart.Width, chart.Height);
    }

    private static Color EventColor(ChartEventKind kind) => kind switch
    {
        ChartEventKind.Administration => Color.FromHex("#009E73"),
        ChartEventKind.AdverseEvent => Color.FromHex("#E69F00"),
        ChartEventKind.Death => Color.FromHex("#000000"),
        _ => Color.FromHex("#CC79A7"),
    };
}
