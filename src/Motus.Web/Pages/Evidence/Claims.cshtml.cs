using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Evidence;

namespace Motus.Web.Pages.Evidence;

/// <summary>Each single-arm claim beside the claim check's null under stated assumptions, and the randomised evidence (the same figures as <c>motus evidence claims</c>).</summary>
public sealed class EvidenceClaimsModel(EvidenceSource source) : PageModel
{
    /// <summary>The checked and unchecked claims.</summary>
    public EvidenceClaimsResult Result { get; private set; } = null!;

    /// <summary>Loads (the first request waits for the simulation; later ones reuse it).</summary>
    public async Task OnGetAsync() => Result = await source.ClaimsAsync(HttpContext.RequestAborted);
}
