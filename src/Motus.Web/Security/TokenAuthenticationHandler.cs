using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Motus.Application.Accounts;
using Motus.Data.Accounts;

namespace Motus.Web.Security;

/// <summary>
/// <c>Authorization: Bearer motus_pat_…</c>: a personal access token acting as its owner (see <see cref="AccessTokens"/>).
/// An accepted token's principal is remembered by <see cref="AccessCache"/> (until any account change, 30 s, or the
/// token's expiry, whichever comes first), so scripts do not pay the account queries on every call.
/// </summary>
public sealed class TokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Token";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var hash = AccessTokens.Hash(secret);
        if (await cache.TokenPrincipalAsync(Context, hash) is { } known)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(known, SchemeName));
        }

        var generation = cache.Generation;
        var owner = await Context.RequestServices.GetRequiredService<AccessTokens>().AuthenticateOwnerAsync(secret, Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked token.");
        }

        var principal = await Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<MotusUser>>().CreateAsync(owner.User);
        await cache.RememberTokenAsync(Context, hash, principal, owner.ExpiresAt, generation);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
