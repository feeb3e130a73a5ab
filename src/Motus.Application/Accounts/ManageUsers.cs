using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Access;
using Motus.Application.Database;
using Motus.Data.Accounts;

namespace Motus.Application.Accounts;

/// <summary>Creates, lists and disables users; creates the first administrator. Users are never deleted, so names are never reused.</summary>
public sealed class ManageUsers(UserManager<MotusUser> users, RoleManager<IdentityRole> roles, AccountsDbContext accounts, MotusDatabase database)
{
    /// <summary>The user name of the administrator created on first start.</summary>
    public const string FirstAdministrator = "admin";

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

        return await AddAsync(new NewUser(FirstAdministrator, "Administrator", MotusRoles.Administrator, []), ct);
    }

    /// <summary>Creates a user with a generated password; usage errors for an unknown role, a taken name or an unknown site.</summary>
    public async Task<CreatedUser> AddAsync(NewUser request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        Check(await users.CreateAsync(user, password), $"user {request.UserName}");
        Check(await users.AddToRoleAsync(user, role), $"role of {request.UserName}");
        accounts.UserSites.AddRange(sites.Select(s => new UserSite { UserId = user.Id, SiteId = s }));
        await accounts.SaveChangesAsync(ct);
        return new CreatedUser(user.UserName, password);
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
    public async Task DisableAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new MotusException(ExitCategory.Usage, $"No user {userName}.");
        if (user.IsDisabled)
        {
            return;
        }

        user.DisabledAt = database.Clock.GetUtcNow();
        // Identity's own sign-in then refuses the account as locked out; tokens and sessions check DisabledAt.
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        Check(await users.UpdateAsync(user), $"user {userName}");
        Check(await users.UpdateSecurityStampAsync(user), $"user {userName}");
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

    private async Task<List<Guid>> ResolveSitesAsync(IReadOnlyList<string> codes, string? protocolId, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        await using var db = await database.OpenAsync(ct);
        var rows = await (from s in db.Sites join st in db.Studies on s.StudyId equals st.Id
                          where codes.Contains(s.Code) && (protocolId == null || st.ProtocolId == protocolId)
                          select new { s.Id, s.Code, st.ProtocolId }).ToListAsync(ct);
        var result = new List<Guid>();
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var matches = rows.Where(r => r.Code == code).ToList();
            result.Add(matches.Count switch
            {
                0 => throw new MotusException(ExitCategory.Usage, $"No site {code}{(protocolId is null ? "" : $" in study {protocolId}")}."),
                1 => matches[0].Id.Value,
                _ => throw new MotusException(ExitCategory.Usage, $"Site {code} exists in {matches.Count} studies; give --study PROTOCOL."),
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

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new MotusException(ExitCategory.Usage, $"Could not save {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
