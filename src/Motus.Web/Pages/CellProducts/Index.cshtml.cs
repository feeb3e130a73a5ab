using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.CellProducts;
using Motus.Web.Security;

namespace Motus.Web.Pages.CellProducts;

/// <summary>A study's cell-product lots, with add and edit links for users who may edit.</summary>
[Authorize(Policy = Policies.ReadRecords)]
public sealed class CellProductsIndexModel(CurrentAccess current, EditCellProducts products) : PageModel
{
    /// <summary>Protocol id.</summary>
    [BindProperty(SupportsGet = true)] public string Study { get; set; } = "";

    /// <summary>The lots.</summary>
    public CellProductList List { get; private set; } = null!;

    /// <summary>True when the user may add and edit lots.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The page's own address.</summary>
    public string BaseUrl => $"/studies/{Uri.EscapeDataString(Study)}/cell-products";

    /// <summary>Loads; 404 when the user has no site in the study.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var access = await current.GetAsync(HttpContext.RequestAborted);
        if (await products.ListAsync(access, Study, HttpContext.RequestAborted) is not { } list)
        {
            return NotFound();
        }

        (List, CanEdit) = (list, access.CanEdit);
        return Page();
    }
}
