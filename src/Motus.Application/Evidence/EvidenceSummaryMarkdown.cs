using System.Text;

namespace Motus.Application.Evidence;

/// <summary>Writes <see cref="EvidenceSummary"/> pages as Markdown (CommonMark), plus an index page.</summary>
public static class EvidenceSummaryMarkdown
{
    /// <summary>One page.</summary>
    public static string Render(EvidenceSummary page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var md = new StringBuilder();
        md.Append("# ").Append(page.Title).Append("\n\n> **").Append(page.Disclaimer).Append("**\n\n");
        foreach (var section in page.Sections)
        {
            md.Append("## ").Append(section.Heading).Append("\n\n");
            var bullets = section.Paragraphs.Count > 1;
            foreach (var p in section.Paragraphs)
            {
                md.Append(bullets ? "- " : "").Append(Escape(p)).Append(bullets ? "\n" : "\n\n");
            }

            if (bullets)
            {
                md.Append('\n');
            }
        }

        md.Append("## Studies\n\n| Study | Reference | Design | Treated | Authors' conclusion | Verified fields |\n|---|---|---|---|---|---|\n");
        foreach (var s in page.Studies)
        {
            md.Append("| ").Append(s.Id).Append(" | ").Append(Escape(s.Label)).Append(" | ").Append(s.Design).Append(" | ").Append(s.Treated)
                .Append(" | ").Append(s.Conclusion).Append(" | ").Append(s.Verified).Append(" |\n");
        }

        md.Append("\nFull details of each study, with the source of every fact: `motus evidence show <id>`.\n\n---\n\n*").Append(page.Disclaimer).Append("*\n");
        return md.ToString();
    }

    /// <summary>The index page linking every summary.</summary>
    public static string Index(IReadOnlyList<EvidenceSummary> pages, IReadOnlyList<string> unplacedIds)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(unplacedIds);
        var md = new StringBuilder("# Cell therapy in ALS: what the published studies show\n\n> **").Append(EvidenceSummaries.Disclaimer).Append("**\n\n");
        foreach (var p in pages)
        {
            md.Append("- [").Append(p.Title).Append("](").Append(p.Slug).Append(".md) — ").Append(p.Studies.Count).Append(p.Studies.Count == 1 ? " study\n" : " studies\n");
        }

        if (unplacedIds.Count > 0)
        {
            md.Append("\nNot on any page because the cell type or route was not captured: ").Append(string.Join(", ", unplacedIds)).Append(".\n");
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
