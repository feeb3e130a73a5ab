using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Patients;
using Motus.Data.Auditing;
using Motus.Domain.Patients;
using Motus.Web.Security;

namespace Motus.Web.Pages.Patients;

/// <summary>
/// Registers a patient: first the study (when not given), then the facts at one of the user's sites. Every rule is
/// checked by <see cref="EditPatients"/>; errors land next to their fields and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class RegisterPatientModel(CurrentAccess current, EditPatients patients) : PageModel
{
    /// <summary>The study's protocol id (query string, then a hidden field).</summary>
    [BindProperty(SupportsGet = true)] public string? Study { get; set; }
    /// <summary>The facts.</summary>
    [BindProperty] public PatientInput Input { get; set; } = new();
    /// <summary>"tested" when genetic testing was done.</summary>
    [BindProperty] public string? GeneticsTested { get; set; }
    /// <summary>The variants ticked.</summary>
    [BindProperty] public List<GeneticFindings> Variants { get; set; } = [];

    /// <summary>The studies the user may register in (shown when no study is chosen yet).</summary>
    public IReadOnlyList<string> Studies { get; private set; } = [];
    /// <summary>The chosen study's sites and arms; null until a study is chosen.</summary>
    public PatientFormChoices? Choices { get; private set; }

    /// <summary>The fields.</summary>
    public PatientFormView Form => new(Input, Choices!, Editing: false);

    /// <summary>The study picker, or the empty form of the chosen study (404 when the user has no site in it).</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(Study))
        {
            Studies = await patients.StudiesAsync(access, HttpContext.RequestAborted);
            return Page();
        }

        Choices = await patients.ChoicesAsync(access, Study, HttpContext.RequestAborted);
        if (Choices is null)
        {
            return NotFound();
        }

        Input = new PatientInput { Site = Choices.Sites.Count == 1 ? Choices.Sites[0].Code : null };
        return Page();
    }

    /// <summary>Registers, then opens the new patient's page; on any error shows the form again with every message.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        Choices = string.IsNullOrWhiteSpace(Study) ? null : await patients.ChoicesAsync(access, Study, HttpContext.RequestAborted);
        if (Choices is null)
        {
            return NotFound();
        }

        PatientForm.ApplyGenetics(Input, GeneticsTested, Variants, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await patients.RegisterAsync(access, Choices.Study, Input, AuditSource.Ui, ct: HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/studies/{Uri.EscapeDataString(Choices.Study)}/patients/{Uri.EscapeDataString(result.Code!)}?saved=patient");
        }

        PatientForm.AddErrors(ModelState, result.Errors);
        return Page();
    }
}
