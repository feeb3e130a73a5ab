namespace Motus.Application.Evidence;

/// <summary>Use case: write every summary page and an index as Markdown files into a folder.</summary>
public static class EvidenceSummaryWriter
{
    /// <summary>Writes <c>index.md</c> and one <c>&lt;cell-type&gt;--&lt;route&gt;.md</c> per page; returns the paths written.</summary>
    /// <param name="library">The evidence library.</param>
    /// <param name="folder">Output folder; created when absent.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(Analysis.Evidence.EvidenceLibrary library, string folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(library);
        Directory.CreateDirectory(folder);
        var pages = EvidenceSummaries.Build(library);
        var written = new List<string>();
        foreach (var page in pages)
        {
            var path = Path.Combine(folder, page.Slug + ".md");
            await File.WriteAllTextAsync(path, EvidenceSummaryMarkdown.Render(page), ct);
            written.Add(path);
        }

        var index = Path.Combine(folder, "index.md");
        await File.WriteAllTextAsync(index, EvidenceSummaryMarkdown.Index(pages, EvidenceSummaries.Unplaced(library).Select(s => s.Id).ToList()), ct);
        written.Insert(0, index);
        return written;
    }
}
