using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Accounts;
using Motus.Data.Accounts;

namespace Motus.Web.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery); the sign-out goes to the <see cref="AccessLog"/>.</summary>
public sealed class SignOutModel(SignInManager<MotusUser> signIn, AccessLog log) : PageModel
{
    /// <summary>Shows a button.</summary>
    public void OnGet() { }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } account)
        {
            await log.RecordSignOutAsync(account, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return Redirect("/account/sign-in");
    }
}
