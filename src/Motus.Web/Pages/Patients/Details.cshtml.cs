using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Pages.Patients;

/// <summary>
/// The patient page: the patient report's sections (course over time with administrations, AEs and events; staging;
/// ΔFS and slopes; the ENCALS prediction with its "unverified" note; safety) and the record's audit history.
/// </summary>
[Authorize(Policy = Policies.ReadRecords)]
public sealed class PatientDetailsModel(CurrentAccess current, PatientQueries patients) : PageModel
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
        if (await patients.FindWithReportAsync(access, Study, Code, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        (View, ReportHtml) = found;
        return Page();
    }
}
