using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Analysis.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>The pooled analyses with their forest plots (inline SVG), or the plain statement that too few comparable studies exist.</summary>
public sealed class EvidencePooledModel(EvidenceSource source) : PageModel
{
    /// <summary>One result per outcome some study reports.</summary>
    public IReadOnlyList<EvidencePoolResult> Results { get; private set; } = [];

    /// <summary>Loads.</summary>
    public void OnGet() => Results = source.Pools;
}
