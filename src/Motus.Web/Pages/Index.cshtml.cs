using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Access;
using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Pages;

/// <summary>The study overview: enrolment by site and arm, recent events, open safety signals, for the user's sites.</summary>
public sealed class IndexModel(CurrentAccess current, StudyOverview overview) : PageModel
{
    /// <summary>The user's scope.</summary>
    public AccessScope Access { get; private set; } = null!;
    /// <summary>One overview per visible study.</summary>
    public IReadOnlyList<StudyOverviewModel> Studies { get; private set; } = [];

    /// <summary>Loads.</summary>
    public async Task OnGetAsync()
    {
        Access = await current.GetAsync(HttpContext.RequestAborted);
        Studies = await overview.RunAsync(Access, HttpContext.RequestAborted);
    }
}
