using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application.Accounts;
using Motus.Data.Accounts;

namespace Motus.Web.Pages.Account;

/// <summary>
/// Sign-in with lockout after <see cref="AccountPolicy.MaxFailedSignIns"/> failures; the message never says which part
/// was wrong, but the <see cref="AccessLog"/> records the class of every refusal (and the start of a lockout).
/// </summary>
public sealed class SignInModel(SignInManager<MotusUser> signIn, AccessLog log) : PageModel
{
    /// <summary>User name.</summary>
    [BindProperty] public string? UserName { get; set; }
    /// <summary>Password.</summary>
    [BindProperty] public string? Password { get; set; }
    /// <summary>Local page to return to.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet() { }

    /// <summary>Signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) { ModelState.AddModelError(nameof(UserName), "Enter your user name."); }
        if (string.IsNullOrEmpty(Password)) { ModelState.AddModelError(nameof(Password), "Enter your password."); }
        if (!ModelState.IsValid) { return Page(); }

        var account = await signIn.UserManager.FindByNameAsync(UserName!);
        var lockedOutBefore = account is not null && await signIn.UserManager.IsLockedOutAsync(account);
        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, Password!, isPersistent: false, lockoutOnFailure: true);
        await log.RecordSignInAsync(UserName!, account, lockedOutBefore, result, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? $"This account is locked (too many failed sign-ins, or disabled). Try again in {AccountPolicy.LockoutMinutes} minutes or ask an administrator."
            : "The user name or password is wrong.");
        return Page();
    }
}
