using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Domain.Patients;
using Motus.Web.Security;

namespace Motus.Web.Pages.Patients;

/// <summary>
/// Corrects a patient's facts (and moves them between the user's sites), with a reason for the audit trail. The code
/// cannot change; a patient is never deleted (withdrawal is a date). Every rule is checked by <see cref="EditPatients"/>.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditPatientModel(CurrentAccess current, EditPatients patients) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>Patient code.</summary>
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    /// <summary>The facts.</summary>
    [BindProperty] public PatientInput Input { get; set; } = new();
    /// <summary>"tested" when genetic testing was done.</summary>
    [BindProperty] public string? GeneticsTested { get; set; }
    /// <summary>The variants ticked.</summary>
    [BindProperty] public List<GeneticFindings> Variants { get; set; } = [];
    /// <summary>Reason for change.</summary>
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The version the form was read at.</summary>
    [BindProperty] public long? Version { get; set; }

    /// <summary>The user's sites in the study and its arms.</summary>
    public PatientFormChoices Choices { get; private set; } = null!;

    /// <summary>The fields.</summary>
    public PatientFormView Form => new(Input, Choices, Editing: true);

    /// <summary>The patient page.</summary>
    public string PatientUrl => $"/studies/{Uri.EscapeDataString(Study)}/patients/{Uri.EscapeDataString(Code)}";

    /// <summary>The form with the stored facts; 404 when the patient is not at the user's sites.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        var found = await patients.FindAsync(access, new PatientKey(Study, Code), HttpContext.RequestAborted);
        var choices = found is null ? null : await patients.ChoicesAsync(access, Study, HttpContext.RequestAborted);
        if (found is null || choices is null)
        {
            return NotFound();
        }

        (Input, Version, Choices) = (found.Details, found.Version, choices);
        return Page();
    }

    /// <summary>Saves, then returns to the patient page; on any error shows the form again with every message.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        if (await patients.ChoicesAsync(access, Study, HttpContext.RequestAborted) is not { } choices)
        {
            return NotFound();
        }

        Choices = choices;
        Input.Code = Code;
        PatientForm.ApplyGenetics(Input, GeneticsTested, Variants, ModelState, storedCode: Code);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await patients.EditAsync(access, new PatientKey(Study, Code), Input, Reason, Version, AuditSource.Ui, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case RecordWriteOutcome.Saved:
                return Redirect($"{PatientUrl}?saved=patient");
            case RecordWriteOutcome.NotFound:
                return NotFound();
            default:
                PatientForm.AddErrors(ModelState, result.Errors);
                return Page();
        }
    }
}
