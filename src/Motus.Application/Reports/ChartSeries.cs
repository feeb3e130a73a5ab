namespace Motus.Application.Reports;

/// <summary>How a series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>Points joined by straight lines.</summary>
    LineWithMarkers,
    /// <summary>A line without markers (e.g. a fitted or predicted curve).</summary>
    Line,
    /// <summary>A right-continuous step function (Kaplan–Meier).</summary>
    Step,
    /// <summary>Markers only.</summary>
    Markers,
    /// <summary>A dashed line without markers (e.g. a confidence limit or a reference).</summary>
    Dashed,
}

/// <summary>One series of a chart; <paramref name="Group"/> ties series drawn in the same colour (a curve and its CI).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, SeriesStyle Style = SeriesStyle.LineWithMarkers, int? Group = null);

/// <summary>A vertical event line (administration, gastrostomy, death…) with a short label.</summary>
public sealed record ChartEvent(double X, string Label, ChartEventKind Kind);

/// <summary>What a vertical event line marks; decides its colour and pattern.</summary>
public enum ChartEventKind
{
    /// <summary>A cell-product administration.</summary>
    Administration,
    /// <summary>An adverse event.</summary>
    AdverseEvent,
    /// <summary>A clinical event (gastrostomy, NIV, tracheostomy).</summary>
    Clinical,
    /// <summary>Death.</summary>
    Death,
}

/// <summary>A chart: axes, series, event lines. Rendered to SVG by <see cref="SvgCharts"/>.</summary>
public sealed record Chart
{
    /// <summary>Title above the plot.</summary>
    public required string Title { get; init; }
    /// <summary>Horizontal axis label (with unit).</summary>
    public required string XLabel { get; init; }
    /// <summary>Vertical axis label (with unit).</summary>
    public required string YLabel { get; init; }
    /// <summary>The series.</summary>
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];
    /// <summary>Vertical event lines.</summary>
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];
    /// <summary>Fixed vertical limits (e.g. 0–48 for ALSFRS-R), or null to fit the data.</summary>
    public (double Min, double Max)? YLimits { get; init; }
    /// <summary>Fixed horizontal limits, or null to fit the data and the events.</summary>
    public (double Min, double Max)? XLimits { get; init; }
    /// <summary>Width in pixels.</summary>
    public int Width { get; init; } = 760;
    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 360;
}
