using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Data.Accounts;

namespace Motus.Web.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery).</summary>
public sealed class SignOutModel(SignInManager<MotusUser> signIn) : PageModel
{
    /// <summary>Shows a button.</summary>
    public void OnGet() { }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in");
    }
}
