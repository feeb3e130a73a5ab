using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application;
using Motus.Application.Accounts;
using Motus.Data.Auditing;

namespace Motus.Web.Pages.Account;

/// <summary>Create, list and revoke one's own personal access tokens.</summary>
public sealed class TokensModel(AccessTokens tokens) : PageModel
{
    /// <summary>Name of a new token.</summary>
    [BindProperty] public string? Name { get; set; }
    /// <summary>Lifetime of a new token in days.</summary>
    [BindProperty] public int Days { get; set; } = (int)AccessTokens.DefaultLifetime.TotalDays;
    /// <summary>The secret of a token just created.</summary>
    public string? NewSecret { get; private set; }
    /// <summary>The user's tokens.</summary>
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>Lists.</summary>
    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(User.Identity!.Name!, HttpContext.RequestAborted);

    /// <summary>Creates a token and shows its secret once.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(Name)) { ModelState.AddModelError(nameof(Name), "Give the token a name (what will use it?)."); }
        if (Days is < 1 or > 366) { ModelState.AddModelError(nameof(Days), "A token is valid for 1 to 366 days."); }
        if (ModelState.IsValid)
        {
            try
            {
                NewSecret = (await tokens.CreateAsync(User.Identity!.Name!, Name!, TimeSpan.FromDays(Days), new ChangeContext(User.Identity!.Name!, AuditSource.Ui), HttpContext.RequestAborted)).Secret;
                Name = null;
            }
            catch (MotusException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>Revokes one of the user's tokens.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        await tokens.RevokeAsync(User.Identity!.Name!, id, new ChangeContext(User.Identity!.Name!, AuditSource.Ui), HttpContext.RequestAborted);
        return RedirectToPage();
    }
}
