using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Motus.Application.Accounts;
using Motus.Data.Accounts;

namespace Motus.Web.Security;

/// <summary>
/// Identity with cookies for people and bearer tokens for scripts (one policy scheme picks by the Authorization
/// header), HttpOnly, SameSite=Strict cookies (Secure over HTTPS; plain HTTP only on loopback), every endpoint signed-in by default, and policies from <see cref="Policies"/>.
/// </summary>
public static class AuthSetup
{
    private const string PickScheme = "motus";

    /// <summary>Registers authentication and authorization.</summary>
    public static IServiceCollection AddMotusAuth(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IRequestOrigin, HttpRequestOrigin>(); // before AddMotusAccounts, which adds a no-op one otherwise
        services.AddSingleton<AccessCache>();
        services.AddSingleton<IAccountChangeNotifier>(sp => sp.GetRequiredService<AccessCache>()); // idem
        services.AddMotusAccounts().AddSignInManager();
        services.AddScoped<CurrentAccess>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = PickScheme;
                o.DefaultChallengeScheme = PickScheme;
            })
            .AddPolicyScheme(PickScheme, "Cookie or token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "motus.auth";
            o.Cookie.HttpOnly = true;
            // Secure on every HTTPS request; plain HTTP is accepted only on loopback (SecurityHeaders.UseMotusSecurityHeaders).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddScopePolicies();
        return services;
    }

    private static AuthorizationBuilder AddScopePolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, rule) in Policies.Rules)
        {
            builder.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireAssertion(async ctx =>
            {
                var http = ctx.Resource as HttpContext ?? (ctx.Resource as Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext)?.HttpContext;
                var scope = http is null ? null : await http.RequestServices.GetRequiredService<CurrentAccess>().FindAsync(http.RequestAborted);
                return scope is not null && rule(scope);
            }));
        }

        return builder;
    }

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
