using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Motus.Application;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Data.Auditing;
using Motus.Web.Security;

namespace Motus.Web.Pages.Admin;

/// <summary>
/// Users administration (administrators only): every user with role, sites, state and last sign-in; adding a user shows
/// the generated password once. Changes go through <see cref="ManageUsers"/>, which writes them to the audit trail.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class UsersModel(ManageUsers users, AccessLog log) : PageModel
{
    /// <summary>New user's sign-in name.</summary>
    [BindProperty] public string? UserName { get; set; }
    /// <summary>New user's full name.</summary>
    [BindProperty] public string? DisplayName { get; set; }
    /// <summary>New user's role.</summary>
    [BindProperty] public string Role { get; set; } = MotusRoles.Investigator;
    /// <summary>New user's sites, as <c>PROTOCOL/CODE</c>.</summary>
    [BindProperty] public List<string> Sites { get; set; } = [];

    /// <summary>Every user.</summary>
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    /// <summary>Last successful sign-in by user name.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastSignIns { get; private set; } = new Dictionary<string, DateTimeOffset>();
    /// <summary>Every site, as <c>PROTOCOL/CODE</c>.</summary>
    public IReadOnlyList<string> SiteChoices { get; private set; } = [];
    /// <summary>The user just created and their password (shown once).</summary>
    public CreatedUser? Created { get; private set; }

    /// <summary>Lists.</summary>
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Users = await users.ListAsync(ct);
        LastSignIns = await log.LastSignInsAsync(ct);
        SiteChoices = await users.SiteChoicesAsync(ct);
    }

    /// <summary>Adds a user with a generated password, shown once.</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) { ModelState.AddModelError(nameof(UserName), "Give the user name (letters, digits, - . _ @)."); }
        if (MotusRoles.Find(Role) is null) { ModelState.AddModelError(nameof(Role), $"Choose a role: {string.Join(", ", MotusRoles.All)}."); }
        else if (MotusRoles.Find(Role) != MotusRoles.Administrator && Sites.Count == 0) { ModelState.AddModelError(nameof(Sites), $"Choose at least one site for a {Role}."); }
        if (ModelState.IsValid)
        {
            try
            {
                var name = UserName!.Trim();
                Created = await users.AddAsync(new NewUser(name, string.IsNullOrWhiteSpace(DisplayName) ? name : DisplayName.Trim(), Role, Sites),
                    new ChangeContext(User.Identity!.Name!, AuditSource.Ui), HttpContext.RequestAborted);
                (UserName, DisplayName, Sites) = (null, null, []);
            }
            catch (MotusException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await OnGetAsync();
        return Page();
    }
}
