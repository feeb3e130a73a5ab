using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Analysis.Evidence;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>The index of plain-language summaries, one per cell type × route.</summary>
public sealed class EvidenceSummariesModel(EvidenceSource source) : PageModel
{
    /// <summary>The pages.</summary>
    public IReadOnlyList<EvidenceSummary> Pages { get; private set; } = [];
    /// <summary>Studies on no page (cell type or route not captured).</summary>
    public IReadOnlyList<EvidenceStudy> Unplaced { get; private set; } = [];

    /// <summary>Loads.</summary>
    public void OnGet()
    {
        Pages = source.Summaries;
        Unplaced = EvidenceSummaries.Unplaced(source.Library);
    }
}
