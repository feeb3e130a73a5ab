using System.Globalization;
using System.Text;

namespace Motus.Application.Reports;

/// <summary>One section of an <see cref="HtmlReport"/>: a heading, then blocks in the order they were added.</summary>
public sealed class ReportSection
{
    private readonly List<Action<StringBuilder>> _blocks = [];
    private readonly List<string> _methods = [];
    private int _charts;
    private int _tables;

    internal ReportSection(string id, string heading)
    {
        Id = id;
        Heading = heading;
    }

    /// <summary>Anchor id.</summary>
    public string Id { get; }
    /// <summary>Heading text.</summary>
    public string Heading { get; }
    /// <summary>The method statements of this section.</summary>
    public IReadOnlyList<string> Methods => _methods;
    /// <summary>How many charts the section holds.</summary>
    public int ChartCount => _charts;
    /// <summary>How many tables the section holds.</summary>
    public int TableCount => _tables;

    /// <summary>A paragraph of text.</summary>
    public ReportSection Paragraph(string text) => Add(h => h.Append("<p>").Append(HtmlReport.Encode(text)).Append("</p>\n"));

    /// <summary>Which method produced the numbers above or below (every number in a report names its method).</summary>
    public ReportSection Method(string text)
    {
        _methods.Add(text);
        return Add(h => h.Append("<p class=\"method\"><strong>Method:</strong> ").Append(HtmlReport.Encode(text)).Append("</p>\n"));
    }

    /// <summary>A warning: a result that could not be computed, a caveat, an unverified source.</summary>
    public ReportSection Warning(string text) => Add(h => h.Append("<p class=\"warning\">").Append(HtmlReport.Encode(text)).Append("</p>\n"));

    /// <summary>One warning per message (an analysis's warnings or errors), in order.</summary>
    public ReportSection Warnings(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Warning(message);
        }

        return this;
    }

    /// <summary>A table; cells that parse as numbers are right-aligned.</summary>
    public ReportSection Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var materialised = rows.ToList();
        _tables++;
        return Add(h =>
        {
            h.Append("<table>\n<caption>").Append(HtmlReport.Encode(caption)).Append("</caption>\n<thead><tr>");
            foreach (var header in headers)
            {
                h.Append("<th scope=\"col\">").Append(HtmlReport.Encode(header)).Append("</th>");
            }

            h.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in materialised)
            {
                h.Append("<tr>");
                foreach (var cell in row)
                {
                    var numeric = double.TryParse(cell.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                    h.Append(numeric ? "<td class=\"num\">" : "<td>").Append(HtmlReport.Encode(cell)).Append("</td>");
                }

                h.Append("</tr>\n");
            }

            if (materialised.Count == 0)
            {
                h.Append("<tr><td colspan=\"").Append(headers.Count.ToString(CultureInfo.InvariantCulture)).Append("\">none</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        });
    }

    /// <summary>A chart rendered to inline SVG, with a caption that also serves as its accessible name.</summary>
    public ReportSection Chart(Chart chart, string caption)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Figure(SvgCharts.Render(chart), caption);
    }

    /// <summary>An SVG figure rendered elsewhere (e.g. <see cref="PatientTimelineChart"/>), with a caption that also serves as its accessible name.</summary>
    public ReportSection Figure(string svg, string caption)
    {
        ArgumentNullException.ThrowIfNull(svg);
        _charts++;
        return Add(h => h.Append("<figure role=\"img\" aria-label=\"").Append(HtmlReport.Encode(caption)).Append("\">\n")
            .Append(StripXmlDeclaration(svg)).Append("\n<figcaption>").Append(HtmlReport.Encode(caption)).Append("</figcaption>\n</figure>\n"));
    }

    internal void Render(StringBuilder html)
    {
        html.Append("<section id=\"").Append(HtmlReport.Encode(Id)).Append("\">\n<h2>").Append(HtmlReport.Encode(Heading)).Append("</h2>\n");
        foreach (var block in _blocks)
        {
            block(html);
        }

        html.Append("</section>\n");
    }

    private ReportSection Add(Action<StringBuilder> block)
    {
        _blocks.Add(block);
        return this;
    }

    private static string StripXmlDeclaration(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
