using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Reports;
using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Pages.Studies;

/// <summary>The study dashboard: KM by arm, slope comparison, CAFS, safety tables and the responder analysis beside its natural-history null (the study report's sections).</summary>
[Authorize(Policy = Policies.Analyse)]
public sealed class DashboardModel(CurrentAccess current, StudyDashboard dashboard) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>Control arm (empty: the report chooses and says why).</summary>
    [BindProperty(SupportsGet = true)] public string? Control { get; set; }
    /// <summary>Responder threshold.</summary>
    [BindProperty(SupportsGet = true)] public double Threshold { get; set; } = 0.25;

    /// <summary>The report sections.</summary>
    public string ReportHtml { get; private set; } = "";

    /// <summary>Loads; 404 when the study is unknown or none of its sites is the user's.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var options = new StudyReportOptions { ControlArm = string.IsNullOrWhiteSpace(Control) ? null : Control.Trim(), ResponderThreshold = Threshold };
        var report = await dashboard.RunAsync(access, Study, options, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        ReportHtml = report.RenderFragment();
        return Page();
    }
}
