using System.Globalization;
using Motus.Analysis.Evidence;
using ScottPlot;

namespace Motus.Application.Evidence;

/// <summary>
/// A forest plot of an <see cref="EvidencePoolResult"/> as SVG (ScottPlot, the report palette): one row per study with
/// its estimate (square sized by weight when pooled) and interval, the pooled diamond with its prediction interval as a
/// line, or — when nothing was pooled — the reason written where the diamond would be. R: <c>metafor::forest()</c>.
/// </summary>
public static class ForestPlot
{
    private static readonly Color StudyColor = Color.FromHex("#0072B2");
    private static readonly Color PooledColor = Color.FromHex("#D55E00");
    private static readonly Color ReferenceColor = Color.FromHex("#000000");

    /// <summary>The forest plot as an SVG document.</summary>
    public static string Render(EvidencePoolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var proportion = result.Outcome.Kind == EvidenceOutcomeKind.AdverseEvent;
        plot.Title($"{result.Outcome}: {(result.Pooled ? $"pooled over {result.Studies.Count} studies" : "not pooled")}", size: 15);
        plot.XLabel(proportion ? "Proportion of treated patients" : (result.Studies.Count > 0 ? result.Studies[0].Detail : result.Outcome.Code), size: 13);
        var k = result.Studies.Count;
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = 0; i < k; i++)
        {
            var s = result.Studies[i];
            double y = k - i + 1;
            var line = plot.Add.Line(s.CiLower, y, s.CiUpper, y);
            line.Color = StudyColor;
            line.LineWidth = 2;
            var size = s.WeightPercent is { } w ? (float)(6 + (w / 100 * 24)) : 9f;
            plot.Add.Marker(s.Estimate, y, MarkerShape.FilledSquare, size, StudyColor);
            positions.Add(y);
            labels.Add(s.Events is { } e ? $"{s.StudyId} ({e}/{s.N})" : s.StudyId);
        }

        if (result.Pooled && result.Estimate is { } est && result.ConfidenceInterval is { } ci)
        {
            var diamond = plot.Add.Polygon(new Coordinates[] { new(ci.Lower, 0), new(est, 0.3), new(ci.Upper, 0), new(est, -0.3) });
            diamond.FillColor = PooledColor;
            diamond.LineColor = PooledColor;
            if (result.PredictionInterval is { } pi)
            {
                var piLine = plot.Add.Line(pi.Lower, -0.6, pi.Upper, -0.6);
                piLine.Color = PooledColor;
                piLine.LinePattern = LinePattern.Dashed;
                positions.Add(-0.6);
                labels.Add("prediction interval");
            }

            positions.Add(0);
            labels.Add("pooled (RE)");
        }
        else
        {
            var k0 = result.Studies.Count;
            var text = plot.Add.Text($"Not pooled: {k0} comparable {(k0 == 1 ? "study" : "studies")}, minimum {result.Options.MinimumStudies}", LeftEdge(result), 0);
            text.LabelFontSize = 11;
            positions.Add(0);
            labels.Add("");
        }

        if (!proportion)
        {
            plot.Add.VerticalLine(0, width: 1, color: ReferenceColor, pattern: LinePattern.Dotted);
        }

        plot.Axes.Left.SetTicks(positions.ToArray(), labels.ToArray());
        plot.Axes.SetLimitsY(-1.2, k + 1.8);
        if (proportion)
        {
            plot.Axes.SetLimitsX(0, 1);
        }

        return plot.GetSvgXml(760, Math.Max(260, 70 + (34 * (k + 2))));
    }

    /// <summary>A one-line text caption of the plot (for figure captions and accessible names).</summary>
    public static string Caption(EvidencePoolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var studies = string.Join("; ", result.Studies.Select(s => $"{s.StudyId} {F(s.Estimate)} [{F(s.CiLower)}, {F(s.CiUpper)}]"));
        return result.Pooled
            ? $"Forest plot of {result.Outcome}: {studies}; pooled {F(result.Estimate!.Value)} [{F(result.ConfidenceInterval!.Value.Lower)}, {F(result.ConfidenceInterval.Value.Upper)}]. Method: {result.Method}."
            : $"Forest plot of {result.Outcome}: {studies}. Not pooled: {result.NotPooledReason}";
    }

    private static double LeftEdge(EvidencePoolResult result) =>
        result.Outcome.Kind == EvidenceOutcomeKind.AdverseEvent ? 0.02 : result.Studies.Count > 0 ? result.Studies.Min(s => s.CiLower) : 0;

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
