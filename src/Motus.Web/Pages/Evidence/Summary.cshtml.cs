using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>One plain-language summary page (the Application's <see cref="EvidenceSummary"/> rendered as HTML).</summary>
public sealed class EvidenceSummaryModel(EvidenceSource source) : PageModel
{
    /// <summary>The page.</summary>
    public EvidenceSummary Summary { get; private set; } = null!;

    /// <summary>Loads, or 404 for an unknown slug.</summary>
    public IActionResult OnGet(string slug)
    {
        var page = source.Summaries.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.Ordinal));
        if (page is null)
        {
            return NotFound();
        }

        Summary = page;
        return Page();
    }
}
