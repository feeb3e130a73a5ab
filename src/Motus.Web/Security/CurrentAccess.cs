using System.Security.Claims;
using Motus.Application.Access;
using Motus.Application.Accounts;

namespace Motus.Web.Security;

/// <summary>The request's <see cref="AccessScope"/>, loaded once per request from the user's current roles and sites (so a disabled user or a removed site takes effect at once).</summary>
public sealed class CurrentAccess(IHttpContextAccessor http, ManageUsers users)
{
    private AccessScope? _scope;
    private bool _loaded;

    /// <summary>The scope of the signed-in user, or null when nobody (or a disabled user) is signed in.</summary>
    public async Task<AccessScope?> FindAsync(CancellationToken ct = default)
    {
        if (!_loaded)
        {
            var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            _scope = id is null ? null : await users.ScopeAsync(id, ct);
            _loaded = true;
        }

        return _scope;
    }

    /// <summary>The scope; throws <see cref="AccessDeniedException"/> when nobody is signed in (authorization normally stops that earlier).</summary>
    public async Task<AccessScope> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new AccessDeniedException("Sign in first.");
}
