using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Motus.Application.Patients;
using Motus.Web.Security;

namespace Motus.Web.Pages.Patients;

/// <summary>The patient list: search, filters (study, site, arm, status, King's stage at the latest ALSFRS-R rating) and paging, over the user's sites.</summary>
public sealed class PatientsIndexModel(CurrentAccess current, PatientDirectory directory) : PageModel
{
    /// <summary>Patients per page.</summary>
    public const int PageSize = 50;

    /// <summary>Code contains.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>Study.</summary>
    [BindProperty(SupportsGet = true)] public string? Study { get; set; }
    /// <summary>Site.</summary>
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    /// <summary>Arm.</summary>
    [BindProperty(SupportsGet = true)] public string? Arm { get; set; }
    /// <summary>Status.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary>King's stage at the latest ALSFRS-R rating (<see cref="PatientStages.All"/>).</summary>
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    /// <summary>Page, from 1 (query <c>p</c>: Razor Pages keeps <c>page</c> for the page's own route value, which would win).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The page of patients.</summary>
    public PatientPage Result { get; private set; } = new([], 0, 1, PageSize);
    /// <summary>True when the user may open patient pages.</summary>
    public bool CanOpen { get; private set; }
    /// <summary>True when the user may register patients (the link to Register).</summary>
    public bool CanRegister { get; private set; }

    /// <summary>Loads.</summary>
    public async Task OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        CanOpen = access.CanReadRecords;
        CanRegister = access.CanEdit;
        var request = new ListPatientsRequest(Blank(Study), Blank(Site), Blank(Arm), Blank(Q), Blank(Status), Blank(Stage));
        Result = (await directory.CurrentAsync(HttpContext.RequestAborted)).Page(request, access, Math.Max(1, PageNumber), PageSize);
    }

    /// <summary>The link to another page with the same filters.</summary>
    public string PageLink(int page) => QueryHelpers.AddQueryString("/patients", new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["study"] = Study,
        ["site"] = Site,
        ["arm"] = Arm,
        ["status"] = Status,
        ["stage"] = Stage,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
