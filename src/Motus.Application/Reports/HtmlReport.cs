using System.Globalization;
using System.Text;

namespace Motus.Application.Reports;

/// <summary>
/// A self-contained HTML report (one file, inline CSS and SVG, no scripts): a header naming what it covers and when
/// it was made, sections with text, tables, charts and the method behind every number, and a footer saying that
/// Motus gives no medical advice. Text is always HTML-escaped.
/// </summary>
public sealed class HtmlReport(string title, string subtitle, DateTimeOffset generatedAt)
{
    /// <summary>The disclaimer printed at the end of every report.</summary>
    public const string Disclaimer =
        "Motus is research software. It gives no medical advice; its numbers describe data and methods, not what any patient should do.";

    private readonly List<ReportSection> _sections = [];
    private readonly List<string> _notices = [];

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<ReportSection> Sections => _sections;

    /// <summary>Adds a prominent notice under the header (e.g. "dates are shifted", "synthetic data").</summary>
    public HtmlReport Notice(string text)
    {
        _notices.Add(text);
        return this;
    }

    /// <summary>Adds a section and returns it for filling.</summary>
    public ReportSection Section(string id, string heading)
    {
        var section = new ReportSection(id, heading);
        _sections.Add(section);
        return section;
    }

    /// <summary>The complete HTML document.</summary>
    public string Render()
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>")
            .Append(Encode(title)).Append("</h1>\n<p class=\"subtitle\">").Append(Encode(subtitle)).Append("</p>\n<p class=\"generated\">Generated ")
            .Append(generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(" by Motus</p>\n");
        foreach (var notice in _notices)
        {
            html.Append("<p class=\"notice\">").Append(Encode(notice)).Append("</p>\n");
        }

        html.Append("<nav aria-label=\"Contents\"><ol>");
        foreach (var s in _sections)
        {
            html.Append("<li><a href=\"#").Append(Encode(s.Id)).Append("\">").Append(Encode(s.Heading)).Append("</a></li>");
        }

        html.Append("</ol></nav>\n</header>\n<main>\n");
        foreach (var s in _sections)
        {
            s.Render(html);
        }

        html.Append("</main>\n<footer><p>").Append(Encode(Disclaimer)).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The notices, contents and sections without the document around them, for embedding in a web page (which brings its own title, styles and footer).</summary>
    public string RenderFragment()
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<div class=\"report\">\n");
        foreach (var notice in _notices)
        {
            html.Append("<p class=\"notice\">").Append(Encode(notice)).Append("</p>\n");
        }

        html.Append("<nav aria-label=\"Sections\"><ol>");
        foreach (var s in _sections)
        {
            html.Append("<li><a href=\"#").Append(Encode(s.Id)).Append("\">").Append(Encode(s.Heading)).Append("</a></li>");
        }

        html.Append("</ol></nav>\n");
        foreach (var s in _sections)
        {
            s.Render(html);
        }

        return html.Append("</div>\n").ToString();
    }

    /// <summary>Escapes the five HTML-special characters; other characters (χ², –, ≥) stay as UTF-8 text.</summary>
    internal static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private const string Css =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}" +
        "h1{margin-bottom:.2rem}h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.2rem}.subtitle{margin-top:0;color:#444}" +
        ".generated{color:#666;font-size:.9rem}.notice{background:#fff4d6;border-left:4px solid #E69F00;padding:.5rem .8rem}" +
        ".method{color:#333;font-size:.9rem;background:#f2f6fa;border-left:4px solid #0072B2;padding:.4rem .7rem}" +
        ".warning{background:#fdeaea;border-left:4px solid #D55E00;padding:.4rem .7rem}" +
        "table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}caption{text-align:left;font-weight:600;padding:.3rem 0}" +
        "th,td{border:1px solid #ccc;padding:.25rem .55rem;text-align:left;vertical-align:top}th{background:#f4f4f4}" +
        "td.num{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1rem 0}figcaption{font-size:.9rem;color:#444}" +
        "svg{max-width:100%;height:auto}footer{margin-top:3rem;border-top:1px solid #ccc;color:#555;font-size:.9rem}" +
        "@media print{nav{display:none}h2{break-before:auto}figure,table{break-inside:avoid}}";
}
