using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Application.Accounts;

/// <summary>
/// Creates, lists, changes the access of, unlocks and disables users; creates the first administrator. Users are never
/// deleted, so names are never reused. Every change is written to the clinical audit trail in the same transaction
/// (entity <c>User</c>, keyed by user name; never the password), then told to <see cref="IAccountChangeNotifier"/>.
/// </summary>
public sealed class ManageUsers(UserManager<MotusUser> users, RoleManager<IdentityRole> roles, AccountsDbContext accounts, MotusDatabase database,
    IAccountChangeNotifier notifier)
{
    /// <summary>The user name of the administrator created on first start.</summary>
    public const string FirstAdministrator = "admin";

    /// <summary>The audit actor of the first administrator's creation, done by the host at start-up.</summary>
    public static readonly ChangeContext StartUp = new("system:startup", AuditSource.System, "first start: no user yet");

    /// <summary>Creates every role that is missing (reference data, not clinical data).</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in MotusRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }
    }

    /// <summary>When there is no user yet, creates <see cref="FirstAdministrator"/> with a generated password and returns it; else null.</summary>
    public async Task<CreatedUser?> EnsureAdministratorAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync();
        if (await accounts.Users.AnyAsync(ct))
        {
            return null;
        }

        return await AddAsync(new NewUser(FirstAdministrator, "Administrator", MotusRoles.Administrator, []), StartUp, ct);
    }

    /// <summary>Creates a user with a generated password; usage errors for an unknown role, a taken name or an unknown site.</summary>
    /// <param name="request">The user.</param>
    /// <param name="by">Who creates it, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task<CreatedUser> AddAsync(NewUser request, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        await EnsureRolesAsync();
        var role = MotusRoles.Find(request.Role)
            ?? throw new MotusException(ExitCategory.Usage, $"Unknown role {request.Role}; roles: {string.Join(", ", MotusRoles.All)}.");
        if (await users.FindByNameAsync(request.UserName) is not null)
        {
            throw new MotusException(ExitCategory.Usage, $"User {request.UserName} exists already (user names are never reused).");
        }

        if (role != MotusRoles.Administrator && request.SiteCodes.Count == 0)
        {
            throw new MotusException(ExitCategory.Usage, $"A {role} must belong to at least one site: give --site CODE.");
        }

        var sites = await ResolveSitesAsync(request.SiteCodes, request.ProtocolId, ct);
        var user = new MotusUser { UserName = request.UserName, DisplayName = request.DisplayName, CreatedAt = database.Clock.GetUtcNow() };
        var password = Passwords.Generate();
        var siteNames = await SiteNamesAsync(sites, ct);
        return await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            Check(await users.CreateAsync(user, password), $"user {request.UserName}");
            Check(await users.AddToRoleAsync(user, role), $"role of {request.UserName}");
            accounts.UserSites.AddRange(sites.Select(s => new UserSite { UserId = user.Id, SiteId = s }));
            await accounts.SaveChangesAsync(ct);
            var snapshot = AccountAudit.Snapshot([("UserName", user.UserName), ("DisplayName", user.DisplayName), ("Role", role),
                ("Sites", SiteList(sites, siteNames)), ("CreatedAt", user.CreatedAt)]);
            IReadOnlyList<ExternalChange> audit = [new(AccountAudit.User, user.UserName, AuditAction.Create, null, null, snapshot)];
            return (new CreatedUser(user.UserName, password), audit);
        }, ct);
    }

    /// <summary>
    /// Changes a user's role and/or sites (null leaves that part as it is); one audit row per changed part with the
    /// values before and after. Usage errors for an unknown user or role, an unknown site, or a non-administrator
    /// left without a site.
    /// </summary>
    /// <param name="userName">The user.</param>
    /// <param name="role">The new role (replaces the current one), or null.</param>
    /// <param name="siteCodes">The new sites (replace the current ones), or null.</param>
    /// <param name="protocolId">The study of the sites, needed when a site code exists in several studies.</param>
    /// <param name="by">Who changes it, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task ChangeAccessAsync(string userName, string? role, IReadOnlyList<string>? siteCodes, string? protocolId, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        await EnsureRolesAsync();
        var user = await users.FindByNameAsync(userName) ?? throw new MotusException(ExitCategory.Usage, $"No user {userName}.");
        var newRole = role is null ? null : MotusRoles.Find(role)
            ?? throw new MotusException(ExitCategory.Usage, $"Unknown role {role}; roles: {string.Join(", ", MotusRoles.All)}.");
        var oldRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var oldSites = await accounts.UserSites.Where(s => s.UserId == user.Id).Select(s => s.SiteId).ToListAsync(ct);
        var newSites = siteCodes is null ? null : await ResolveSitesAsync(siteCodes, protocolId, ct);
        var finalRole = newRole ?? oldRoles.FirstOrDefault();
        if (finalRole != MotusRoles.Administrator && (newSites ?? oldSites).Count == 0)
        {
            throw new MotusException(ExitCategory.Usage, $"A {finalRole} must belong to at least one site: give --site CODE.");
        }

        var names = await SiteNamesAsync([.. oldSites, .. newSites ?? []], ct);
        var changed = await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            var changes = new List<ExternalChange>();
            if (newRole is not null && !(oldRoles.Count == 1 && oldRoles[0] == newRole))
            {
                Check(await users.RemoveFromRolesAsync(user, oldRoles), $"roles of {userName}");
                Check(await users.AddToRoleAsync(user, newRole), $"role of {userName}");
                changes.Add(new(AccountAudit.User, user.UserName!, AuditAction.Update, "Role", string.Join(",", oldRoles), newRole));
            }

            if (newSites is not null && SiteList(oldSites, names) != SiteList(newSites, names))
            {
                accounts.UserSites.RemoveRange(await accounts.UserSites.Where(s => s.UserId == user.Id).ToListAsync(ct));
                accounts.UserSites.AddRange(newSites.Distinct().Select(s => new UserSite { UserId = user.Id, SiteId = s }));
                await accounts.SaveChangesAsync(ct);
                changes.Add(new(AccountAudit.User, user.UserName!, AuditAction.Update, "Sites", SiteList(oldSites, names), SiteList(newSites, names)));
            }

            if (changes.Count > 0)
            {
                // Sessions and tokens pick up the new access at their next check.
                Check(await users.UpdateSecurityStampAsync(user), $"user {userName}");
            }

            return (changes.Count > 0, (IReadOnlyList<ExternalChange>)changes);
        }, ct);
        if (changed)
        {
            notifier.AccountChanged(new AccountChange(user.Id, user.UserName!, AccountChangeKind.AccessChanged));
        }
    }

    /// <summary>Every user, by name.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var all = await accounts.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roleNames = await (from ur in accounts.UserRoles join r in accounts.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await accounts.UserSites.AsNoTracking().ToListAsync(ct);
        var siteNames = await SiteNamesAsync(memberships.Select(m => m.SiteId).Distinct().ToList(), ct);
        var now = database.Clock.GetUtcNow();
        return all.Select(u => new UserSummary(u.UserName!, u.DisplayName,
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            memberships.Where(m => m.UserId == u.Id).Select(m => siteNames.GetValueOrDefault(m.SiteId, m.SiteId.ToString())).Order(StringComparer.Ordinal).ToList(),
            u.IsDisabled, !u.IsDisabled && u.LockoutEnd > now ? u.LockoutEnd : null, u.CreatedAt)).ToList();
    }

    /// <summary>Disables a user: no sign-in, no token, existing sessions end at their next request.</summary>
    /// <param name="userName">The user.</param>
    /// <param name="by">Who disables it, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task DisableAsync(string userName, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var user = await users.FindByNameAsync(userName) ?? throw new MotusException(ExitCategory.Usage, $"No user {userName}.");
        if (user.IsDisabled)
        {
            return;
        }

        await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            user.DisabledAt = database.Clock.GetUtcNow();
            // Identity's own sign-in then refuses the account as locked out; tokens and sessions check DisabledAt.
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            Check(await users.UpdateAsync(user), $"user {userName}");
            Check(await users.UpdateSecurityStampAsync(user), $"user {userName}");
            IReadOnlyList<ExternalChange> audit = [new(AccountAudit.User, user.UserName!, AuditAction.Update, "DisabledAt", null, AuditValueFormatter.Format(user.DisabledAt))];
            return (true, audit);
        }, ct);
        notifier.AccountChanged(new AccountChange(user.Id, user.UserName!, AccountChangeKind.Disabled));
    }

    /// <summary>
    /// Ends a user's lockout (and clears the failed sign-in count) before it runs out; one audit row (<c>Update</c>,
    /// field <c>LockoutEnd</c>, the lockout's end before, nothing after) with the reason, which is required. Usage
    /// errors for an unknown user, a disabled user (disabling is not a lockout and is never undone here), a user who is
    /// not locked out, or no reason.
    /// </summary>
    /// <param name="userName">The user.</param>
    /// <param name="by">Who unlocks, through which path, and why (audit trail).</param>
    /// <param name="ct">Cancels.</param>
    public async Task UnlockAsync(string userName, ChangeContext by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(by.Reason))
        {
            throw new MotusException(ExitCategory.Usage, "Give a reason for unlocking (recorded in the audit trail).");
        }

        var user = await users.FindByNameAsync(userName) ?? throw new MotusException(ExitCategory.Usage, $"No user {userName}.");
        if (user.IsDisabled)
        {
            throw new MotusException(ExitCategory.Usage, $"{user.UserName} is disabled, not locked out; a disabled user stays disabled.");
        }

        var now = database.Clock.GetUtcNow();
        if (user.LockoutEnd is not { } end || end <= now)
        {
            throw new MotusException(ExitCategory.Usage, $"{user.UserName} is not locked out.");
        }

        await AccountAudit.CommitAsync(accounts, database, by, async () =>
        {
            Check(await users.SetLockoutEndDateAsync(user, null), $"user {userName}");
            Check(await users.ResetAccessFailedCountAsync(user), $"user {userName}");
            IReadOnlyList<ExternalChange> audit = [new(AccountAudit.User, user.UserName!, AuditAction.Update, "LockoutEnd", AuditValueFormatter.Format(end), null)];
            return (true, audit);
        }, ct);
        notifier.AccountChanged(new AccountChange(user.Id, user.UserName!, AccountChangeKind.Unlocked));
    }

    /// <summary>Every site as <c>PROTOCOL/CODE</c> (a form accepted wherever a site code is), in order: the choices of a membership.</summary>
    public async Task<IReadOnlyList<string>> SiteChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await (from s in db.Sites join st in db.Studies on s.StudyId equals st.Id select new { s.Code, st.ProtocolId }).ToListAsync(ct);
        return rows.Select(r => $"{r.ProtocolId}/{r.Code}").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The access scope of a signed-in user (null when the user is unknown or disabled).</summary>
    public async Task<AccessScope?> ScopeAsync(string userId, CancellationToken ct = default)
    {
        var user = await accounts.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var roleNames = await (from ur in accounts.UserRoles join r in accounts.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).ToListAsync(ct);
        var sites = await accounts.UserSites.Where(s => s.UserId == userId).Select(s => s.SiteId).ToListAsync(ct);
        return AccessScope.For(user.UserName!, roleNames.OfType<string>(), sites);
    }

    /// <summary>Site ids of <paramref name="codes"/>: each a site code (in <paramref name="protocolId"/>'s study when given) or <c>PROTOCOL/CODE</c> (codes never contain '/').</summary>
    private async Task<List<Guid>> ResolveSitesAsync(IReadOnlyList<string> codes, string? protocolId, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var wanted = codes.Distinct(StringComparer.Ordinal).Select(c => c.Split('/', 2) is [var p, var s] ? (Protocol: (string?)p, Code: s, Given: c) : (Protocol: protocolId, Code: c, Given: c)).ToList();
        var plain = wanted.Select(w => w.Code).ToList();
        await using var db = await database.OpenAsync(ct);
        var rows = await (from s in db.Sites
                          join st in db.Studies on s.StudyId equals st.Id
                          where plain.Contains(s.Code)
                          select new { s.Id, s.Code, st.ProtocolId }).ToListAsync(ct);
        var result = new List<Guid>();
        foreach (var (protocol, code, given) in wanted)
        {
            var matches = rows.Where(r => r.Code == code && (protocol is null || r.ProtocolId == protocol)).ToList();
            result.Add(matches.Count switch
            {
                0 => throw new MotusException(ExitCategory.Usage, $"No site {code}{(protocol is null ? "" : $" in study {protocol}")}."),
                1 => matches[0].Id.Value,
                _ => throw new MotusException(ExitCategory.Usage, $"Site {given} exists in {matches.Count} studies; give --study PROTOCOL (or PROTOCOL/{code})."),
            });
        }

        return result;
    }

    private async Task<Dictionary<Guid, string>> SiteNamesAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await database.OpenAsync(ct);
        var rows = await (from s in db.Sites join st in db.Studies on s.StudyId equals st.Id select new { s.Id, s.Code, st.ProtocolId }).ToListAsync(ct);
        return rows.Where(r => ids.Contains(r.Id.Value)).ToDictionary(r => r.Id.Value, r => $"{r.ProtocolId}/{r.Code}");
    }

    private static string SiteList(IEnumerable<Guid> sites, Dictionary<Guid, string> names) =>
        string.Join(",", sites.Distinct().Select(s => names.GetValueOrDefault(s, s.ToString())).Order(StringComparer.Ordinal));

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new MotusException(ExitCategory.Usage, $"Could not save {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
