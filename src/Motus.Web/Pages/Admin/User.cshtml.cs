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
/// One user (administrators only): change role and sites, unlock, disable — each with a required reason, through
/// <see cref="ManageUsers"/> (audit rows with before, after and the reason). Unknown user: 404.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class UserModel(ManageUsers users, AccessLog log) : PageModel
{
    /// <summary>The user name from the route.</summary>
    [BindProperty(SupportsGet = true)] public string Name { get; set; } = "";
    /// <summary>The new role.</summary>
    [BindProperty] public string? Role { get; set; }
    /// <summary>The new sites, as <c>PROTOCOL/CODE</c>.</summary>
    [BindProperty] public List<string> Sites { get; set; } = [];
    /// <summary>Why the access changes.</summary>
    [BindProperty] public string? AccessReason { get; set; }
    /// <summary>Why the user is unlocked.</summary>
    [BindProperty] public string? UnlockReason { get; set; }
    /// <summary>Why the user is disabled.</summary>
    [BindProperty] public string? DisableReason { get; set; }

    /// <summary>The user.</summary>
    public UserSummary Account { get; private set; } = null!;
    /// <summary>Last successful sign-in, if any.</summary>
    public DateTimeOffset? LastSignIn { get; private set; }
    /// <summary>Every site, as <c>PROTOCOL/CODE</c>.</summary>
    public IReadOnlyList<string> SiteChoices { get; private set; } = [];
    /// <summary>The user's recent access-log rows.</summary>
    public IReadOnlyList<AccessLogRow> Recent { get; private set; } = [];
    /// <summary>What the last post did.</summary>
    public string? Done { get; private set; }

    /// <summary>Shows the user.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(resetForm: true)) { return NotFound(); }
        return Page();
    }

    /// <summary>Changes role and sites.</summary>
    public async Task<IActionResult> OnPostAccessAsync()
    {
        if (!await LoadAsync(resetForm: false)) { return NotFound(); }
        var role = MotusRoles.Find(Role ?? "");
        if (role is null) { ModelState.AddModelError(nameof(Role), $"Choose a role: {string.Join(", ", MotusRoles.All)}."); }
        else if (role != MotusRoles.Administrator && Sites.Count == 0) { ModelState.AddModelError(nameof(Sites), $"Choose at least one site for a {role}."); }
        else if (role != MotusRoles.Administrator && IsSelf) { ModelState.AddModelError(nameof(Role), "You cannot take away your own administrator role; ask another administrator."); }
        AdminForms.RequireReason(ModelState, nameof(AccessReason), AccessReason, "change this user's access");
        return await RunAsync(() => users.ChangeAccessAsync(Account.UserName, role, Sites, null, By(AccessReason), HttpContext.RequestAborted),
            $"Changed the access of {Account.UserName}; it applies at their next request.");
    }

    /// <summary>Ends a lockout.</summary>
    public async Task<IActionResult> OnPostUnlockAsync()
    {
        if (!await LoadAsync(resetForm: true)) { return NotFound(); }
        AdminForms.RequireReason(ModelState, nameof(UnlockReason), UnlockReason, "unlock this user");
        return await RunAsync(() => users.UnlockAsync(Account.UserName, By(UnlockReason), HttpContext.RequestAborted), $"Unlocked {Account.UserName}.");
    }

    /// <summary>Disables the user.</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync(resetForm: true)) { return NotFound(); }
        if (IsSelf) { ModelState.AddModelError(nameof(DisableReason), "You cannot disable your own account; ask another administrator."); }
        AdminForms.RequireReason(ModelState, nameof(DisableReason), DisableReason, "disable this user");
        return await RunAsync(() => users.DisableAsync(Account.UserName, By(DisableReason), HttpContext.RequestAborted),
            $"Disabled {Account.UserName}: no sign-in, no token; open sessions end within a minute.");
    }

    /// <summary>True when the page shows the signed-in administrator (who must not lock themselves out of administration).</summary>
    private bool IsSelf => string.Equals(Account.UserName, User.Identity?.Name, StringComparison.OrdinalIgnoreCase);

    private ChangeContext By(string? reason) => new(User.Identity!.Name!, AuditSource.Ui, reason?.Trim());

    private async Task<IActionResult> RunAsync(Func<Task> change, string done)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await change();
                Done = done;
                AccessReason = UnlockReason = DisableReason = null;
                await LoadAsync(resetForm: true);
            }
            catch (MotusException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(bool resetForm)
    {
        var ct = HttpContext.RequestAborted;
        var found = (await users.ListAsync(ct)).FirstOrDefault(u => string.Equals(u.UserName, Name, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return false;
        }

        Account = found;
        LastSignIn = (await log.LastSignInsAsync(ct)).TryGetValue(found.UserName, out var last) ? last : null;
        SiteChoices = await users.SiteChoicesAsync(ct);
        Recent = await log.QueryAsync(new AccessLogQuery(UserName: found.UserName, Limit: 20), ct);
        if (resetForm)
        {
            Role = found.Roles.Count > 0 ? found.Roles[0] : null;
            Sites = [.. found.Sites];
        }

        return true;
    }
}
