using System.Security.Claims;
using Motus.Application.Access;
using Motus.Application.Accounts;

namespace Motus.Web.Security;

/// <summary>
/// The request's <see cref="AccessScope"/>, from the user's current roles and sites: read once per request, and across
/// requests through <see cref="AccessCache"/>, which drops it as soon as any account change is saved (so a disabled
/// user or a removed site takes effect at the next request).
/// </summary>
public sealed class CurrentAccess(IHttpContextAccessor http, AccessCache cache)
{
    private AccessScope? _scope;
    private bool _loaded;

    /// <summary>The scope of the signed-in user, or null when nobody (or a disabled user) is signed in.</summary>
    public async Task<AccessScope?> FindAsync(CancellationToken ct = default)
    {
        if (!_loaded)
        {
            var context = http.HttpContext;
            var id = context?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            _scope = id is null || context is null
                ? null
                : await cache.ScopeAsync(context, id, () => context.RequestServices.GetRequiredService<ManageUsers>().ScopeAsync(id, ct));
            _loaded = true;
        }

        return _scope;
    }

    /// <summary>The scope; throws <see cref="AccessDeniedException"/> when nobody is signed in (authorization normally stops that earlier).</summary>
    public async Task<AccessScope> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new AccessDeniedException("Sign in first.");
}
