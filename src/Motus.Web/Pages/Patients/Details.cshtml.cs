using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Reports;
using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Pages.Patients;

/// <summary>
/// The patient page: the patient report's sections (course over time with administrations, AEs and events; staging;
/// ΔFS and slopes; the ENCALS prediction with its "unverified" note; safety) and the record's audit history.
/// </summary>
[Authorize(Policy = Policies.ReadRecords)]
public sealed class PatientDetailsModel(CurrentAccess current, PatientQueries patients, TimeProvider clock) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>Patient code.</summary>
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";

    /// <summary>The patient.</summary>
    public PatientView View { get; private set; } = null!;
    /// <summary>The report sections (HTML-encoded by the report builder).</summary>
    public string ReportHtml { get; private set; } = "";

    /// <summary>Loads; 404 when the patient is unknown or not at the user's sites.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var view = await patients.FindAsync(access, Study, Code, withHistory: true, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        ReportHtml = PatientReportBuilder.Build(view.Record, clock.GetUtcNow()).RenderFragment();
        return Page();
    }
}
