using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.CellProducts;
using Motus.Application.Records;
using Motus.Data.Auditing;
using Motus.Web.Pages.Patients;
using Motus.Web.Security;

namespace Motus.Web.Pages.CellProducts;

/// <summary>Adds a cell-product lot to a study or, with an id, corrects one with a reason. Every rule is checked by <see cref="EditCellProducts"/>.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditCellProductModel(CurrentAccess current, EditCellProducts products) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";
    /// <summary>The lot edited; null for a new one.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    /// <summary>The fields.</summary>
    [BindProperty] public CellProductInput Input { get; set; } = new();
    /// <summary>Reason for change (edits).</summary>
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The version the form was read at.</summary>
    [BindProperty] public long? Version { get; set; }

    /// <summary>True when editing an existing lot.</summary>
    public bool Editing => Id is not null;

    /// <summary>The study's list of lots.</summary>
    public string ListUrl => $"/studies/{Uri.EscapeDataString(Study)}/cell-products";

    /// <summary>True when the study's dates are shifted day counts.</summary>
    public bool DatesShifted { get; private set; }

    /// <summary>An empty form, or the lot as stored; 404 when the study or lot is not the user's to change.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        if (await products.ListAsync(access, Study, HttpContext.RequestAborted) is not { } list)
        {
            return NotFound();
        }

        DatesShifted = list.DatesShifted;
        if (Id is { } id)
        {
            if (list.Products.FirstOrDefault(p => p.Id == id && !p.DonorAtAnotherSite) is not { } found)
            {
                return NotFound();
            }

            (Input, Version) = (found.Details, found.Version);
        }

        return Page();
    }

    /// <summary>Saves, then returns to the list; on any error shows the form again with every message.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        if (await products.ListAsync(access, Study, HttpContext.RequestAborted) is not { } list)
        {
            return NotFound();
        }

        DatesShifted = list.DatesShifted;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Id is { } id
            ? await products.EditAsync(access, Study, id, Input, Reason, Version, AuditSource.Ui, HttpContext.RequestAborted)
            : await products.AddAsync(access, Study, Input, AuditSource.Ui, ct: HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case RecordWriteOutcome.Saved:
                return Redirect($"{ListUrl}?saved=1");
            case RecordWriteOutcome.NotFound:
                return NotFound();
            default:
                PatientForm.AddErrors(ModelState, result.Errors);
                return Page();
        }
    }
}
