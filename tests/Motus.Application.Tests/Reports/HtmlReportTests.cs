using System.Xml.Linq;
using Motus.Application.Reports;

namespace Motus.Application.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Render_SectionsTablesAndNotices_AppearInOrderWithContentsAndDisclaimer()
    {
        var report = new HtmlReport("Study DEMO", "60 patients", Generated).Notice("Dates are shifted (PRO-ACT).");
        report.Section("enrolment", "Enrolment").Paragraph("Enrolled: 60").Method("Counts of patients by arm.");
        report.Section("safety", "Safety").Table("AEs", ["Category", "n", "%"], [["Headache", "12", "20.0%"]]);

        var html = report.Render();

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Generated 2026-11-25 10:30 UTC by Motus", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\">Dates are shifted (PRO-ACT).</p>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"enrolment\"", StringComparison.Ordinal) < html.IndexOf("id=\"safety\"", StringComparison.Ordinal));
        Assert.Contains("<a href=\"#safety\">Safety</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Method:</strong> Counts of patients by arm.", html, StringComparison.Ordinal);
        Assert.Contains("<td>Headache</td><td class=\"num\">12</td><td class=\"num\">20.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains(HtmlReport.Disclaimer, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEscaped()
    {
        var report = new HtmlReport("<script>alert(1)</script>", "a & b", Generated);
        report.Section("s", "x<y").Paragraph("<b>bold</b>").Table("t", ["<h>"], [["<td>"]]);

        var html = report.Render();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_NoRows_SaysNone()
    {
        var report = new HtmlReport("r", "s", Generated);
        report.Section("s", "S").Table("Deaths", ["Patient", "Date"], []);

        Assert.Contains("<td colspan=\"2\">none</td>", report.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_LinesStepsAndEvents_RendersOneWellFormedInlineSvgWithLabels()
    {
        var chart = new Chart
        {
            Title = "ALSFRS-R total",
            XLabel = "Months since enrolment",
            YLabel = "Points (0–48)",
            YLimits = (0, 48),
            Series =
            [
                new ChartSeries("Total", [0, 1, 2, 3], [40, 38, 37, 35]),
                new ChartSeries("Survival", [0, 1, 2], [1, 0.9, 0.8], SeriesStyle.Step),
            ],
            Events = [new ChartEvent(1.5, "Dose 1", ChartEventKind.Administration), new ChartEvent(2.5, "Headache", ChartEventKind.AdverseEvent)],
        };
        var report = new HtmlReport("r", "s", Generated);
        var section = report.Section("timeline", "Timeline").Chart(chart, "ALSFRS-R total over time");

        var html = report.Render();
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        var svg = XDocument.Parse(html[start..end]);

        Assert.Equal(1, section.ChartCount);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("ALSFRS-R total", text, StringComparison.Ordinal);
        Assert.Contains("Months since enrolment", text, StringComparison.Ordinal);
        Assert.Contains("Dose 1", text, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"ALSFRS-R total over time\"", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<svg").Length - 1);
    }
}
